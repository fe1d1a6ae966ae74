package lemma

import (
	"strings"
	"testing"
)

func TestVerb(t *testing.T) {
	cases := strings.Fields(`
hailed hail met meet was be were be is be are be been be being be am be 's be
urges urge urged urge urging urge stepped step stepping step steps step
led lead leads lead leading lead fled flee flees flee fleeing flee
criticised criticise criticized criticize criticising criticise
hoped hope hoping hope hopped hop hopping hop agreed agree agreeing agree agrees agree
freed free frees free visited visit visiting visit opened open opening open
planned plan planning plan stared stare starred star tried try tries try trying try
died die dying die lying lie tied tie ties tie carried carry applies apply
said say says say told tell went go goes go gone go did do does do done do
made make making make took take taken take gave give given give saw see seen see
came come coming come became become began begin begun begin beginning begin
got get getting get gotten get held hold holds hold kept keep sent send spent spend
paid pay built build bought buy brought bring thought think fought fight caught catch
taught teach sought seek sold sell won win lost lose struck strike stricken strike
threw throw thrown throw drew draw drawn draw broke break broken break spoke speak
wrote write written write rose rise risen rise fell fall fallen fall flew fly flown fly
ate eat withdrew withdraw withdrawn withdraw overthrew overthrow undertook undertake
sank sink shot shoot hit hit cut cut put put set set let let quit quit spread spread
bore bear born bear hung hang hanged hang stole steal swore swear
used use uses use based base caused cause ceased cease released release pledged pledge
needed need added add ended end wanted want killed kill called call filled fill
passed pass passes pass watches watch pushed push fixes fix focused focus focuses focus
controlled control controlling control travelled travel traveling travel occurred occur
referred refer targeted target developed develop happened happen threatened threaten
listened listen limited limit offered offer ordered order noted note voted vote
quoted quote cited cite fined fine waged wage ruled rule decided decide provided provide
concluded conclude disputed dispute required require secured secure forced force
announced announce reduced reduce replaced replace noticed notice urged urge merged merge
changed change challenged challenge arranged arrange troubled trouble escalated escalate
mobilised mobilise apologized apologize recognised recognise stabilized stabilize
seized seize received receive believed believe achieved achieve solved solve moved move
proved prove proven prove served serve sanctioned sanction accused accuse refused refuse
imposed impose proposed propose closed close opposed oppose promised promise surprised surprise
raised raise praised praise condemned condemn denied deny denies deny rallied rally
relied rely supplied supply studied study vetoed veto vetoes veto echoed echo
seeing see sees see fleeing flee agreeing agree guaranteed guarantee
exceeded exceed proceeded proceed succeeded succeed seeded seed
shelled shell killed kill patrolled patrol compelled compel expelled expel
admitted admit committed commit submitted submit permitted permit omitted omit
kidnapped kidnap equipped equip dropped drop stopped stop slipped slip shipped ship
banned ban scanned scan jammed jam slammed slam grabbed grab robbed rob
begged beg logged log tagged tag flagged flag dragged drag hugged hug
escaping escape writing write riding ride driving drive striving strive
Hailed hail MET meet Says say
blogged blog escalating escalate liberalising liberalise weaponised weaponise
`)
	for i := 0; i+1 < len(cases); i += 2 {
		if got := Verb(cases[i]); got != cases[i+1] {
			t.Errorf("Verb(%q) = %q, want %q", cases[i], got, cases[i+1])
		}
	}
	if len(cases)/2 < 150 {
		t.Errorf("only %d verb cases", len(cases)/2)
	}
}

func TestNoun(t *testing.T) {
	cases := strings.Fields(`
talks talk sanctions sanction countries country men man women woman crises crisis
children child people people police police news news series series species species
analyses analysis thieves thief lives life wives wife leaves leaf knives knife
heroes hero vetoes veto shoes shoe churches church wishes wish taxes tax boxes box
buses bus viruses virus statuses status bosses boss classes class glasses glass
forces force prices price houses house cases case bases base purposes purpose
allies ally ties tie policies policy parties party armies army cities city
talk talk crisis crisis status status bus bus analysis analysis
troops troop soldiers soldier officials official protesters protester
Americans american Talks talk criteria criterion phenomena phenomenon
teeth tooth feet foot mice mouse geese goose data data media media
arms arms goods goods headquarters headquarters politics politics
ceasefires ceasefire defenses defense licences licence`)
	for i := 0; i+1 < len(cases); i += 2 {
		if got := Noun(cases[i]); got != cases[i+1] {
			t.Errorf("Noun(%q) = %q, want %q", cases[i], got, cases[i+1])
		}
	}
}

func TestSpelling(t *testing.T) {
	cases := strings.Fields(`
criticise criticize organise organize defence defense labour labor honour honor
centre center programme program authorise authorize mobilise mobilize apologise apologize
recognise recognize normalise normalize stabilise stabilize jeopardise jeopardize
organisation organization organisations organizations criticised criticized
analyse analyze paralyse paralyze colour color favourite favorite neighbouring neighboring
behavioural behavioral labourer laborer theatre theater offence offense
advise advise revise revise promise promise compromise compromise exercise exercise
surprise surprise despise despise enterprise enterprise rise rise franchise franchise
raise raise praise praise noise noise televise televise supervise supervise
criticize criticize hour hour tour tour four four pour pour
`)
	for i := 0; i+1 < len(cases); i += 2 {
		if got := Spelling(cases[i]); got != cases[i+1] {
			t.Errorf("Spelling(%q) = %q, want %q", cases[i], got, cases[i+1])
		}
	}
}

func TestOf(t *testing.T) {
	tests := []struct{ word, tag, want string }{
		{"hailed", "VBD", "hail"}, {"talks", "NNS", "talk"}, {"talks", "VBZ", "talk"},
		{"Talks", "NNPS", "talk"}, {"China", "NNP", "china"}, {"would", "MD", "will"},
		{"The", "DT", "the"}, {"meeting", "NN", "meeting"}, {"meeting", "VBG", "meet"},
	}
	for _, tt := range tests {
		if got := Of(tt.word, tt.tag); got != tt.want {
			t.Errorf("Of(%q, %q) = %q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
}

func TestIsVerb(t *testing.T) {
	for _, w := range []string{"hails", "met", "Urged", "criticised", "fled"} {
		if !IsVerb(w) {
			t.Errorf("IsVerb(%q) = false", w)
		}
	}
	for _, w := range []string{"jinping", "xi", "era", "table"} {
		if IsVerb(w) {
			t.Errorf("IsVerb(%q) = true", w)
		}
	}
}

func TestVerbNoAlloc(t *testing.T) {
	for _, w := range []string{"hailed", "hoped", "urges", "agreed", "met", "stepped", "talk"} {
		if n := testing.AllocsPerRun(100, func() { Verb(w) }); n != 0 {
			t.Errorf("Verb(%q) allocates %v times", w, n)
		}
	}
}

func FuzzVerb(f *testing.F) {
	for _, s := range []string{"hailed", "ies", "ed", "ing", "seeing", "xed", "\xffed"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = Verb(s)
		_ = Noun(s)
		_ = Spelling(s)
	})
}

func BenchmarkVerb(b *testing.B) {
	words := strings.Fields("hailed met was urges stepped led fled criticised talks agreed visited opened hoping meeting said")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Verb(w)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkNoun(b *testing.B) {
	words := strings.Fields("talks sanctions countries men crises officials forces prices troops")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Noun(w)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
