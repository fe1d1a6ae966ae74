package nlp

import "testing"

func TestRetagPhrases(t *testing.T) {
	checkRetag(t, []retagCase{
		{"preposition tagged as a verb", "The/DT fleet/NN sailed/VBD towards/VBZ the/DT strait/NN", false,
			"The/DT fleet/NN sailed/VBD towards/IN the/DT strait/NN"},
		{"name particle tagged as a verb", "Prince/NNP Khalid/NNP bin/VBZ Salman/NNP arrived/VBD", false,
			"Prince/NNP Khalid/NNP bin/NNP Salman/NNP arrived/VBD"},
		{"-s verb between names stays", "Xi/NNP meets/VBZ Putin/NNP", true, "Xi/NNP meets/VBZ Putin/NNP"},
		{"past-as-base verb before a modifying participle", "Riot/NN police/NN beat/NN arrested/VBD students/NNS", false,
			"Riot/NN police/NN beat/VBD arrested/VBN students/NNS"},
		{"base verb before a modifying participle", "Soldiers/NNS shell/NN abandoned/VBD villages/NNS", false,
			"Soldiers/NNS shell/VBP abandoned/VBN villages/NNS"},
		{"headline -s verb before a modifying participle", "Militia/NN frees/NNS abducted/VBD engineers/NNS", true,
			"Militia/NN frees/VBZ abducted/VBN engineers/NNS"},
		{"body plural subject before a past verb stays", "Government/NN forces/NNS used/VBD chlorine/NN", false,
			"Government/NN forces/NNS used/VBD chlorine/NN"},
		{"participle modifier inside a compound subject", "Army/NN units/NNS and/CC armed/VBD settlers/NNS raided/VBN the/DT village/NN", false,
			"Army/NN units/NNS and/CC armed/JJ settlers/NNS raided/VBD the/DT village/NN"},
		{"coordinated clause with a be verb stays", "He/PRP met/VBD Xi/NNP and/CC said/VBD Beijing/NNP was/VBD ready/JJ", false,
			"He/PRP met/VBD Xi/NNP and/CC said/VBD Beijing/NNP was/VBD ready/JJ"},
		{"-ing form modifying the object", "Japan/NNP offered/VBD neighbouring/VBG states/NNS loans/NNS", false,
			"Japan/NNP offered/VBD neighbouring/JJ states/NNS loans/NNS"},
		{"-ing complement of a catenative verb stays", "India/NNP kept/VBD buying/VBG oil/NN", false,
			"India/NNP kept/VBD buying/VBG oil/NN"},
		{"reduced relative after an object", "Kenya/NNP deported/VBD a/DT cleric/NN accused/VBD of/IN incitement/NN", false,
			"Kenya/NNP deported/VBD a/DT cleric/NN accused/VBN of/IN incitement/NN"},
		{"bare clause after a speech verb stays", "Officials/NNS said/VBD the/DT army/NN attacked/VBD from/IN the/DT north/NN", false,
			"Officials/NNS said/VBD the/DT army/NN attacked/VBD from/IN the/DT north/NN"},
		{"past form after a name stays", "The/DT envoy/NN met/VBD Prince/NNP Faisal/NNP flew/VBD to/TO Rome/NNP", false,
			"The/DT envoy/NN met/VBD Prince/NNP Faisal/NNP flew/VBD to/TO Rome/NNP"},
		{"resultative adjective after a participle", "Gunmen/NNS shot/VBN dead/VBP a/DT judge/NN", false,
			"Gunmen/NNS shot/VBD dead/NN a/DT judge/NN"},
		{"by + means noun is no agent", "The/DT minister/NN resigned/VBN by/IN letter/NN on/IN Monday/NNP", false,
			"The/DT minister/NN resigned/VBD by/IN letter/NN on/IN Monday/NNP"},
		{"by + agent keeps the participle", "Two/CD soldiers/NNS killed/VBN by/IN rebels/NNS", false,
			"Two/CD soldiers/NNS killed/VBN by/IN rebels/NNS"},
		{"noun after a coordinator in a past-tense clause", "Italy/NNP sent/VBD doctors/NNS and/CC rescue/NN teams/NNS to/TO Libya/NNP", false,
			"Italy/NNP sent/VBD doctors/NNS and/CC rescue/NN teams/NNS to/TO Libya/NNP"},
		{"head of an of-phrase is no verb", "after/IN weeks/NNS of/IN street/NN protests/NNS over/IN prices/NNS", false,
			"after/IN weeks/NNS of/IN street/NN protests/NNS over/IN prices/NNS"},
		{"sentence-initial adverb tag before a verb is a name", "Norway/RB offered/VBN to/TO mediate/VB", false,
			"Norway/NNP offered/VBD to/TO mediate/VB"},
		{"sentence-initial -ly adverb stays", "Separately/RB announced/VBN plans/NNS", false,
			"Separately/RB announced/VBN plans/NNS"},
		{"bare infinitive after a causative and its object", "to/TO help/VB the/DT army/NN fight/VBD rebels/NNS", false,
			"to/TO help/VB the/DT army/NN fight/VB rebels/NNS"},
		{"past form after an object of a non-causative stays", "Troops/NNS told/VBD the/DT villagers/NNS fled/VBD", false,
			"Troops/NNS told/VBD the/DT villagers/NNS fled/VBD"},
		{"verb after a singular of-phrase stays", "The/DT head/NN of/IN state/NN visits/NNS Kenya/NNP", false,
			"The/DT head/NN of/IN state/NN visits/VBZ Kenya/NNP"},
	})
}

func TestAdjectivalAfterVerb(t *testing.T) {
	toks := tagged("Police/NN beat/VBD detained/VBN protesters/NNS")
	for i := range toks {
		toks[i].Lemma = toks[i].Lower
	}
	vgs := VerbGroups(toks)
	if len(vgs) != 1 || toks[vgs[0].Head].Text != "beat" || !vgs[0].Finite {
		t.Errorf("groups %+v, want one finite group headed beat", vgs)
	}
}
