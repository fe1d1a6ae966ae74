package actor

import (
	"strings"
	"sync"
	"testing"

	"github.com/dyad-project/dyad/internal/nlp"
)

// testDict adds fictional actors to the built-in dictionaries, so that
// tests do not depend on real people's dates.
const testDict = `
@state ARN
name: Arnor
adjective: Arnorian
capital: Annuminas
@state ELF
name: Caras Galadhon
@state HGW
name: Hogwarts
@state GON
name: Gondor
@org HGWGOVMED
name: Quibbler
@null
name: New Arnor
`

var (
	testOnce sync.Once
	testM    *Matcher
	testAnn  *nlp.Annotator
	testErr  error
)

func testMatcher(t testing.TB) (*Matcher, *nlp.Annotator) {
	t.Helper()
	testOnce.Do(func() {
		var d, extra *Dict
		if d, testErr = Builtin(); testErr != nil {
			return
		}
		if extra, testErr = Parse(strings.NewReader(testDict), "test.txt"); testErr != nil {
			return
		}
		d.Merge(extra)
		d.Entries = append(d.Entries, &Entry{Kind: "agent", Code: "NGO", Names: []string{"msf"}, Prefix: true})
		testM = NewMatcher(d)
		testAnn, testErr = nlp.NewAnnotator()
	})
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testM, testAnn
}

// findAll reads the sentences of one article and returns the mentions of
// the last one as "text=CODE" strings.
func findAll(t testing.TB, date string, sents []string) []string {
	m, ann := testMatcher(t)
	art := m.NewArticle(date)
	var out []string
	for _, s := range sents {
		toks := nlp.Tokenize(s)
		ann.Annotate(toks, false)
		out = out[:0]
		for _, mn := range art.Find(toks) {
			out = append(out, joinText(toks[mn.Start:mn.End])+"="+mn.Code)
		}
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		date  string
		sents []string // an article; mentions of the last sentence are checked
		want  []string // "text=CODE", in order
	}{
		{"org + agent", "", []string{"White House security officials met the envoys."},
			[]string{"White House security officials=USAGOV", "envoys=GOV"}},
		{"org with state + agent", "", []string{"The Quibbler government newspaper praised Arnor."},
			[]string{"The Quibbler government newspaper=HGWGOVMED", "Arnor=ARN"}},
		{"prefix agent", "", []string{"MSF Arnor criticised the plan."}, []string{"MSF Arnor=NGOARN"}},
		{"prefix agent + suffix agent", "", []string{"An MSF Arnor diplomat criticised the plan."},
			[]string{"MSF Arnor diplomat=NGOARNGOV"}},
		{"agent in state", "", []string{"Officials in Arnor rejected the plan."},
			[]string{"Officials in Arnor=ARNGOV"}},
		{"agent in capital", "", []string{"Students in Annuminas protested."},
			[]string{"Students in Annuminas=ARNEDU"}},
		{"agent in place is no state", "", []string{"Soldiers shot civilians in the Arnorian city of Fornost."},
			[]string{"Soldiers=ARNMIL", "civilians=ARNCVL", "the Arnorian city of Fornost=ARN"}},
		{"topic with affiliation", "", []string{"A North Korea specialist at the Central Party School in Beijing said talks would fail."},
			[]string{"North Korea specialist at the Central Party School in Beijing=CHNEDU"}},
		{"topic without affiliation", "", []string{"A North Korea expert said talks would fail."},
			[]string{"North Korea expert=EDU"}},
		{"adjective is nationality", "", []string{"A Chinese expert said talks would fail."},
			[]string{"Chinese expert=CHNEDU"}},
		{"possessive city state", "", []string{"Caras Galadhon's new mayor left for Arnor."},
			[]string{"Caras Galadhon 's new mayor=ELFGOV", "Arnor=ARN"}},
		{"head agent wins", "", []string{"Syrian government forces shelled the town."},
			[]string{"Syrian government forces=SYRMIL"}},
		{"generic head keeps first agent", "", []string{"Georgian opposition leaders called a strike."},
			[]string{"Georgian opposition leaders=GEOOPP"}},
		{"compound agent phrase", "", []string{"Russian military intelligence officers tried to kill him."},
			[]string{"Russian military intelligence officers=RUSSPY"}},
		{"coordinated adjectives", "", []string{"Indian and Japanese forces held drills."},
			[]string{"Indian=INDMIL", "Japanese forces=JPNMIL"}},
		{"agent of two states", "", []string{"The navies of China and Russia held patrols."},
			[]string{"navies of China=CHNMIL", "Russia=RUSMIL"}},
		{"domestic agent takes sentence state", "", []string{"Iranian protesters clashed with police."},
			[]string{"Iranian protesters=IRNCVL", "police=IRNCOP"}},
		{"definite government takes sentence state", "2023-09-10", []string{"Yoon Suk Yeol accused the opposition of blocking the government."},
			[]string{"Yoon Suk Yeol=KORGOV", "opposition=KOROPP", "government=KORGOV"}},
		{"indefinite agent stays bare", "", []string{"Arnor signed the deal, a senior official said."},
			[]string{"Arnor=ARN", "senior official=GOV"}},
		{"former national agent", "", []string{"A former Chinese president criticised the plan."},
			[]string{"former Chinese president=CHNELI"}},
		{"former person", "2016-05-01", []string{"Former president Park Geun-hye left Seoul."},
			[]string{"Former president Park Geun-hye=KORELI", "Seoul=KORGOV"}},
		{"Chinese side", "", []string{"The Chinese side rejected the claim."}, []string{"The Chinese side=CHNGOV"}},
		{"capital as government", "", []string{"Beijing rejected the claim."}, []string{"Beijing=CHNGOV"}},
		{"national as noun is the state", "", []string{"Police held two Chinese nationals."},
			[]string{"Police=COP", "Chinese nationals=CHN"}},
		{"national before a noun is no citizen", "", []string{"The Chinese national team won."}, []string{"The Chinese=CHN"}},
		{"demonym", "", []string{"Ukrainians fled the city."}, []string{"Ukrainians=UKR"}},
		{"context alias", "", []string{"North Korea fired a missile.", "The North said it was a test."},
			[]string{"The North=PRK"}},
		{"context alias inactive", "", []string{"The North said it was a test."}, nil},
		{"its", "", []string{"China said its navy would sail."}, []string{"China=CHN", "its navy=CHNMIL"}},
		{"null entry blocks shorter name", "", []string{"New Arnor rejected the claim."}, nil},
		{"surname prefers head of state", "2023-09-10", []string{"Kim inspected a factory."},
			[]string{"Kim=PRKGOV"}},
		{"learned titled person", "", []string{"Arnor rejected the claim.", "Arnor's envoy left.", "Premier Zorn Tallis said Gondor lied.", "Tallis left."},
			[]string{"Tallis=ARNGOV"}},
		{"learned apposition after role", "", []string{"Arnor rejected the claim.", "The premier, Zorn Tallis, said it lied.", "Tallis left."},
			[]string{"Tallis=ARNGOV"}},
		{"learned apposition before role", "", []string{"Liu Guozhong, the Chinese vice-premier, visited Pyongyang.", "Liu left."},
			[]string{"Liu=CHNGOV"}},
		{"unknown titled person without dominant state", "", []string{"Premier Zorn Tallis said it lied."},
			[]string{"Premier Zorn Tallis=GOV"}},
		{"apposition role of an actor", "", []string{"Roberto Marrero, chief of staff to opposition leaders in Venezuela, was detained."},
			[]string{"Roberto Marrero=VENOPP"}},
		{"agent as modifier of a plain noun", "", []string{"Arnor condemned Gondor's military offensive near a military site."},
			[]string{"Arnor=ARN", "Gondor=GON"}},
		{"agent before an agent head stays", "", []string{"Rebel positions and opposition groups were shelled."},
			[]string{"Rebel=REB", "opposition=OPP"}},
		{"national phrase as subject keeps its agent", "", []string{"The Arnorian army command accused Gondor."},
			[]string{"The Arnorian army=ARNMIL", "Gondor=GON"}},
		{"state with a number is a double object", "", []string{"Arnor promised Gondor fourteen tanks."},
			[]string{"Arnor=ARN", "Gondor=GON", "tanks=MIL"}},
		{"pronoun owner is no state of the agent", "", []string{"Arnor expelled villagers from their homes."},
			[]string{"Arnor=ARN", "villagers=ARNCVL"}},
		{"lower-case null names no actor", "", []string{"World leaders and foreign leaders met."}, nil},
		{"river bank is no bank, West Bank stays", "", []string{"Troops left the west bank of the river for the West Bank."},
			[]string{"Troops=MIL", "the West Bank=PSE"}},
		{"weekday is no apposition name", "", []string{"Arnor moved units on Tuesday, the general staff said."},
			[]string{"Arnor=ARN", "general staff=ARNMIL"}},
		{"supporters of a person", "2023-01-08", []string{"Supporters of former president Jair Bolsonaro left."},
			[]string{"Supporters of former president Jair Bolsonaro=BRACVL"}},
		{"state's positions are its military", "", []string{"Troops shelled Arnorian positions."},
			[]string{"Troops=MIL", "Arnorian positions=ARNMIL"}},
		{"national agents and generals", "", []string{"Saudi agents and Sudan's generals met Pentagon officials."},
			[]string{"Saudi agents=SAUSPY", "Sudan 's generals=SDNMIL", "Pentagon officials=USAGOV"}},
		{"apposition describes the name", "", []string{"Arnorian police detained Frodo Baggins, a journalist and critic of the government, at dawn."},
			[]string{"Arnorian police=ARNCOP", "Frodo Baggins=MED"}},
		{"apposition after a demonym", "", []string{"Arnor detained two Canadians, a former diplomat and a trader."},
			[]string{"Arnor=ARN", "Canadians=CAN"}},
		{"counterparts take the role of the actor before", "", []string{"Arnorian police met their Chinese counterparts."},
			[]string{"Arnorian police=ARNCOP", "their Chinese counterparts=CHNCOP"}},
		{"a title before a name is no known institution", "", []string{"Arnorian spies said the spy Frodo Baggins left."},
			[]string{"Arnorian spies=ARNSPY", "spy=SPY"}},
		{"drills by states are their militaries", "", []string{"Arnor condemned naval drills by China and the United States."},
			[]string{"Arnor=ARN", "China=CHNMIL", "United States=USAMIL"}},
		{"a relative of an actor is not the actor", "", []string{"Agents shot the nephew of the Arnorian president."},
			[]string{"Agents=SPY"}},
		{"its neighbour is a state", "", []string{"Arnor closed the border with Gondor, accusing its neighbour of raids."},
			[]string{"Arnor=ARN", "Gondor=GON", "its neighbour=GON"}},
		{"capitalised list is no apposition", "", []string{"Rioters stormed Arnor's Congress, Supreme Court and palace."},
			[]string{"Rioters=ARNCVL", "Arnor 's Congress=ARNLEG", "Supreme Court=ARNJUD"}},
		{"a present office overrides former", "", []string{"Rebels seized former president Frodo Baggins, the head of the Arnorian government's peace council, at dawn."},
			[]string{"Rebels=ARNREB", "former president=ARNGOV"}},
		{"a general is military", "", []string{"Arnorian police detained a senior Chinese general and the inspector general of Gondor."},
			[]string{"Arnorian police=ARNCOP", "Chinese general=CHNMIL", "inspector general of Gondor=GONGOV"}},
		{"bare parties are the sides of a deal", "", []string{"Arnor said the parties and Arnorian parties met."},
			[]string{"Arnor=ARN", "Arnorian parties=ARNPTY"}},
		{"led forces take the leader's state", "", []string{"Arnorian-led troops and the Gondor-led coalition met the UN-led mission in Arnor."},
			[]string{"Arnorian-led troops=ARNMIL", "Gondor-led coalition=GONMIL", "UN-led mission=IGOUNO", "Arnor=ARN"}},
		{"generic party takes the article's state", "", []string{"Arnor voted.", "Arnor counted.", "The Labour Party won."},
			[]string{"Labour Party=ARNPTY"}},
		{"generic party takes the state of the people it deals with", "2024-12-20", []string{"The Democratic Party accused President Yoon Suk Yeol."},
			[]string{"Democratic Party=KORPTY", "President Yoon Suk Yeol=KORGOV"}},
		{"generic party keeps its home against a state named", "", []string{"Democrats criticised China."},
			[]string{"Democrats=USAPTY", "China=CHN"}},
		{"a person's possessive names the state", "2024-12-20", []string{"Yoon Suk Yeol's government met."},
			[]string{"Yoon Suk Yeol 's government=KORGOV"}},
		{"one person of an uncoded people is one of many", "", []string{"Arnorian agents shot a Chechen exile and the exile."},
			[]string{"Arnorian agents=ARNSPY", "exile=OPP", "exile=ARNOPP"}},
		{"a title inside a known name", "2015-10-20", []string{"Queen Elizabeth hosted Pope Francis."},
			[]string{"Queen Elizabeth=GBRGOV", "Pope Francis=VATGOV"}},
		{"flagged property gives its state", "", []string{"Arnor seized a Gondor-flagged tanker and American-made drones."},
			[]string{"Arnor=ARN", "Gondor-flagged=GON", "American-made drones=USA"}},
		{"a patrol is military, a school a place", "", []string{"An Arnorian patrol boat shelled a school in Gondor."},
			[]string{"Arnorian patrol boat=ARNMIL", "Gondor=GON"}},
		{"the head noun of two agent words gives the role", "", []string{"Government troops and rebel leaders met the dissident journalist."},
			[]string{"troops=MIL", "rebel leaders=REB", "journalist=MED"}},
		{"an object pronoun is not its clause's subject", "2023-03-21", []string{"Vladimir Putin arrived.", "Xi Jinping welcomed him."},
			[]string{"Xi Jinping=CHNGOV", "him=RUSGOV"}},
		{"an object pronoun after a coordinated verb", "2023-03-21", []string{"Xi Jinping met Vladimir Putin and told him."},
			[]string{"Xi Jinping=CHNGOV", "Vladimir Putin=RUSGOV", "him=RUSGOV"}},
		{"a possessive her is the salient person", "2016-06-01", []string{"Angela Merkel said her visit ended."},
			[]string{"Angela Merkel=DEUGOV", "her=DEUGOV"}},
		{"they is the previous group subject", "", []string{"Arnorian troops crossed the river.", "They shelled Gondor."},
			[]string{"They=ARNMIL", "Gondor=GON"}},
		{"they after a sentence without group subject is nobody", "", []string{"Arnorian troops crossed the river.", "It rained.", "They shelled Gondor."},
			[]string{"Gondor=GON"}},
		{"a possessive renamed by an apposition", "2024-07-09", []string{"Narendra Modi arrived.", "Modi thanked his host, Vladimir Putin, and his team."},
			[]string{"Modi=INDGOV", "his host , Vladimir Putin=RUSGOV", "his=INDGOV"}},
		{"a place through a pronoun is no actor", "", []string{"Arnorian and Gondor troops clashed along their border and near its border with Gondor."},
			[]string{"Arnorian=ARNMIL", "Gondor troops=GONMIL"}},
		{"a pronoun's positions are still military", "", []string{"Arnor said Gondor shelled its positions."},
			[]string{"Arnor=ARN", "Gondor=GON", "its positions=GONMIL"}},
		{"general election names no actor", "", []string{"Arnor held a general election."},
			[]string{"Arnor=ARN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findAll(t, tc.date, tc.sents)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestCombine(t *testing.T) {
	tests := []struct{ actor, agent, want string }{
		{"CHN", "GOV", "CHNGOV"},
		{"USAGOV", "GOV", "USAGOV"},
		{"HGWGOVMED", "GOVMED", "HGWGOVMED"},
		{"GMWGOV", "WGO", "GMWGOVWGO"},
		{"NGO", "ARN", "NGOARN"},
	}
	for _, tc := range tests {
		if got := combine(tc.actor, tc.agent); got != tc.want {
			t.Errorf("combine(%q, %q) = %q, want %q", tc.actor, tc.agent, got, tc.want)
		}
	}
}

var benchSentences = []string{
	"Chinese President Xi Jinping met US Secretary of State Antony Blinken in Beijing on Monday.",
	"The navies of China and Russia held joint patrols in the western Pacific, Japan's defence ministry said.",
	"Iranian protesters clashed with police in dozens of cities over the death of a young woman.",
	"A North Korea specialist at the Central Party School in Beijing said talks would not resume soon.",
	"White House security officials said Syrian government forces had used chlorine gas against civilians.",
}

// BenchmarkFind measures actor matching on tagged sentences.
func BenchmarkFind(b *testing.B) {
	m, ann := testMatcher(b)
	var sents [][]nlp.Token
	size := 0
	for _, s := range benchSentences {
		toks := nlp.Tokenize(s)
		ann.Annotate(toks, false)
		sents = append(sents, toks)
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	mentions := 0
	for i := 0; i < b.N; i++ {
		art := m.NewArticle("2023-09-10")
		for _, toks := range sents {
			mentions += len(art.Find(toks))
		}
	}
	b.ReportMetric(float64(b.N*len(sents))/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(mentions)/float64(b.N*len(sents)), "mentions/sentence")
}
