package lemma

import "strings"

// britishWords maps British spellings that no rule covers to American ones.
var britishWords = map[string]string{
	"defence": "defense", "offence": "offense", "pretence": "pretense",
	"licence": "license", "programme": "program", "programmes": "programs",
	"centre": "center", "theatre": "theater", "metre": "meter", "kilometre": "kilometer",
	"centimetre": "centimeter", "millimetre": "millimeter", "litre": "liter",
	"fibre": "fiber", "calibre": "caliber", "sombre": "somber", "spectre": "specter",
	"lustre": "luster", "meagre": "meager", "sabre": "saber", "manoeuvre": "maneuver",
	"catalogue": "catalog", "analogue": "analog", "tyre": "tire", "kerb": "curb",
	"gaol": "jail", "aluminium": "aluminum", "grey": "gray", "plough": "plow",
	"mould": "mold", "sceptic": "skeptic", "sceptical": "skeptical", "enrol": "enroll",
	"fulfil": "fulfill", "instil": "instill", "distil": "distill", "enthral": "enthrall",
	"judgement": "judgment", "acknowledgement": "acknowledgment", "ageing": "aging",
	"jewellery": "jewelry", "counsellor": "counselor", "councillor": "councilor",
	"traveller": "traveler", "modelling": "modeling", "travelling": "traveling",
	"cancelled": "canceled", "cancelling": "canceling", "labelled": "labeled",
	"paediatric": "pediatric", "encyclopaedia": "encyclopedia", "foetus": "fetus",
	"diarrhoea": "diarrhea", "anaemia": "anemia", "haemorrhage": "hemorrhage",
	"oestrogen": "estrogen", "orthopaedic": "orthopedic", "cheque": "check",
	"pyjamas": "pajamas", "draught": "draft", "storey": "story", "whilst": "while",
	"amongst": "among", "learnt": "learned", "burnt": "burned", "spelt": "spelled",
}

// ourWords are stems whose British "our" is American "or"; derived words
// (labourer, favourable) change too.
var ourWords = [...]string{
	"behaviour", "labour", "honour", "colour", "favour", "neighbour", "harbour",
	"rumour", "armour", "endeavour", "humour", "flavour", "vigour", "savour", "valour",
	"clamour", "odour", "tumour", "candour", "fervour", "saviour", "parlour",
	"splendour", "rancour", "succour", "demeanour", "vapour", "rigour", "ardour",
}

// iseKeep are words ending in -ise (or -ize-less derivatives) that American
// English also spells with s.
var iseKeep = map[string]bool{
	"advise": true, "revise": true, "promise": true, "compromise": true, "exercise": true,
	"surprise": true, "despise": true, "enterprise": true, "rise": true, "franchise": true,
	"advertise": true, "merchandise": true, "supervise": true, "televise": true,
	"improvise": true, "chastise": true, "disguise": true, "excise": true, "incise": true,
	"premise": true, "concise": true, "precise": true, "expertise": true, "treatise": true,
	"wise": true, "noise": true, "poise": true, "raise": true, "praise": true, "arise": true,
	"cruise": true, "bruise": true, "otherwise": true, "likewise": true, "demise": true,
	"paradise": true, "reprise": true, "surmise": true, "devise": true, "comprise": true,
	"prise": true, "apprise": true, "circumcise": true, "clockwise": true, "mortise": true,
	"anise": true, "guise": true, "vise": true, "tortoise": true, "porpoise": true,
	"turquoise": true, "valise": true, "cerise": true, "chemise": true, "marquise": true,
	"upraise": true, "uprise": true, "sunrise": true, "moonrise": true, "high-rise": true,
}

// Spelling maps a British spelling of a lemma to the American one used for
// matching: criticise -> criticize, organisation -> organization,
// defence -> defense, labour -> labor, centre -> center. Other words are
// returned unchanged.
func Spelling(lemma string) string {
	if a, ok := britishWords[lemma]; ok {
		return a
	}
	if a, ok := iseSpelling(lemma); ok {
		return a
	}
	for _, s := range ourWords {
		if strings.HasPrefix(lemma, s) {
			return s[:len(s)-2] + "r" + lemma[len(s):]
		}
	}
	return lemma
}

// iseSpelling handles -ise, -isation, -yse and their inflections.
func iseSpelling(w string) (string, bool) {
	for _, suf := range [...]string{"isation", "isations", "ise", "ises", "ised", "ising", "iser", "isers"} {
		if !strings.HasSuffix(w, suf) {
			continue
		}
		stem := w[:len(w)-len(suf)]
		if len(stem) < 2 || iseKeep[stem+"ise"] || strings.HasSuffix(stem, "w") {
			return "", false
		}
		return stem + "iz" + suf[2:], true
	}
	for _, suf := range [...]string{"yse", "yses", "ysed", "ysing"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			stem := w[:len(w)-len(suf)]
			return stem + "yz" + suf[2:], true
		}
	}
	return "", false
}
