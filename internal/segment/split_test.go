package segment

import (
	"reflect"
	"strings"
	"testing"
)

// splitCases: input and expected sentences ("|" never occurs in inputs).
var splitCases = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"spaces", "   \n\n  ", nil},
	{"one", "The talks ended.", []string{"The talks ended."}},
	{"two", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
	{"no final punct", "Leaders agree new trade pact", []string{"Leaders agree new trade pact"}},
	{"trim", "  Talks ended.   Both left.  ", []string{"Talks ended.", "Both left."}},
	{"question", "Why now? Nobody knows.", []string{"Why now?", "Nobody knows."}},
	{"exclaim", "Stop the war! The crowd chanted.", []string{"Stop the war!", "The crowd chanted."}},
	{"interrobang", "Really?! Yes.", []string{"Really?!", "Yes."}},
	{"Mr", "Mr. Smith met Mrs. Jones. They talked.", []string{"Mr. Smith met Mrs. Jones.", "They talked."}},
	{"Dr Prof", "Dr. Lee and Prof. Kim spoke.", []string{"Dr. Lee and Prof. Kim spoke."}},
	{"military ranks", "Gen. Ali, Lt. Col. Rana and Sgt. Brown arrived.", []string{"Gen. Ali, Lt. Col. Rana and Sgt. Brown arrived."}},
	{"politicians", "Rep. Cruz, Sen. Warren and Gov. Hochul voted.", []string{"Rep. Cruz, Sen. Warren and Gov. Hochul voted."}},
	{"St Jr", "St. Petersburg hosted John Smith Jr. and others.", []string{"St. Petersburg hosted John Smith Jr. and others."}},
	{"US mid", "The U.S. Navy sent ships.", []string{"The U.S. Navy sent ships."}},
	{"US end then The", "Troops are in the U.S. The Pentagon said so.", []string{"Troops are in the U.S.", "The Pentagon said so."}},
	{"US end then He", "He lives in the U.S. He moved in 2010.", []string{"He lives in the U.S.", "He moved in 2010."}},
	{"US end last", "Talks were held in the U.S.", []string{"Talks were held in the U.S."}},
	{"UK", "The U.K. Foreign Office agreed.", []string{"The U.K. Foreign Office agreed."}},
	{"UN", "The U.N. Security Council met.", []string{"The U.N. Security Council met."}},
	{"EU end", "It joined the E.U. But it left.", []string{"It joined the E.U.", "But it left."}},
	{"months", "On Jan. 5 and Feb. 12 talks were held.", []string{"On Jan. 5 and Feb. 12 talks were held."}},
	{"Sept", "The vote is on Sept. 30 this year.", []string{"The vote is on Sept. 30 this year."}},
	{"month end", "It happened in Dec. The talks resumed.", []string{"It happened in Dec.", "The talks resumed."}},
	{"No", "He went to No. 10 Downing Street.", []string{"He went to No. 10 Downing Street."}},
	{"vs", "It was Iran vs. Iraq again.", []string{"It was Iran vs. Iraq again."}},
	{"etc end", "Rice, wheat, etc. The list grew.", []string{"Rice, wheat, etc.", "The list grew."}},
	{"etc mid", "Rice, wheat, etc. were taxed.", []string{"Rice, wheat, etc. were taxed."}},
	{"eg ie", "Crops, e.g. Rice, and metals, i.e. Copper, fell.", []string{"Crops, e.g. Rice, and metals, i.e. Copper, fell."}},
	{"am pm", "At 9 a.m. Tuesday and 5 p.m. Wednesday.", []string{"At 9 a.m. Tuesday and 5 p.m. Wednesday."}},
	{"pm end", "It began at 5 p.m. The crowd grew.", []string{"It began at 5 p.m.", "The crowd grew."}},
	{"Inc", "Acme Inc. said profits rose.", []string{"Acme Inc. said profits rose."}},
	{"Inc end", "He works at Acme Inc. The firm denied it.", []string{"He works at Acme Inc.", "The firm denied it."}},
	{"Corp Ltd Co", "Acme Corp. Chairman Li and Beta Ltd. Director Wu met Gamma Co. Officials said so.", []string{"Acme Corp. Chairman Li and Beta Ltd. Director Wu met Gamma Co.", "Officials said so."}},
	{"initials", "J. R. Smith arrived. He spoke.", []string{"J. R. Smith arrived.", "He spoke."}},
	{"initial in name", "John F. Kennedy Airport was closed.", []string{"John F. Kennedy Airport was closed."}},
	{"decimal", "Growth was 3.5 per cent. It fell.", []string{"Growth was 3.5 per cent.", "It fell."}},
	{"range", "The war (1950-53) ended. Talks began.", []string{"The war (1950-53) ended.", "Talks began."}},
	{"money", "It cost $4.2bn. Critics balked.", []string{"It cost $4.2bn.", "Critics balked."}},
	{"time", "It began at 10.30am. Police came.", []string{"It began at 10.30am.", "Police came."}},
	{"number end", "Turnout was 61.3. The count went on.", []string{"Turnout was 61.3.", "The count went on."}},
	{"year end", "It ended in 2019. Talks resumed.", []string{"It ended in 2019.", "Talks resumed."}},
	{"ellipsis upper", "He paused... Then he left.", []string{"He paused...", "Then he left."}},
	{"ellipsis lower", "He said ... that it was over.", []string{"He said ... that it was over."}},
	{"ellipsis char", "He paused… Then he left.", []string{"He paused…", "Then he left."}},
	{"quote end", `He said "we will win." Then he left.`, []string{`He said "we will win."`, "Then he left."}},
	{"quote question", `"Why?" she asked.`, []string{`"Why?" she asked.`}},
	{"quote single", `It was 'over.' Talks ended.`, []string{`It was 'over.'`, "Talks ended."}},
	{"curly quote end", "He said “we will win.” Then he left.", []string{"He said “we will win.”", "Then he left."}},
	{"quote spans sentences", `"We will fight. We will win," he said.`, []string{`"We will fight.`, `We will win," he said.`}},
	{"quote three", `"No. Never. Not again," she said. It ended.`, []string{`"No.`, `Never.`, `Not again," she said.`, "It ended."}},
	{"quote then quote", `"Go home." "Now," he said.`, []string{`"Go home."`, `"Now," he said.`}},
	{"quote lower after", `"Go home." he shouted.`, []string{`"Go home." he shouted.`}},
	{"bracket", "(See the annex.) The rest follows.", []string{"(See the annex.)", "The rest follows."}},
	{"bracket mid", "The deal (signed in May.) holds.", []string{"The deal (signed in May.) holds."}},
	{"url", "Visit example.com for details. It helps.", []string{"Visit example.com for details.", "It helps."}},
	{"paragraphs", "First para.\n\nSecond para", []string{"First para.", "Second para"}},
	{"paragraph no punct", "Headline here\n\nBody text.", []string{"Headline here", "Body text."}},
	{"paragraph ws line", "One.\n \t\nTwo.", []string{"One.", "Two."}},
	{"single newline joins", "The minister said the\nvideo was shared. It spread.", []string{"The minister said the\nvideo was shared.", "It spread."}},
	{"bullets", "Changes:\n- longer detention\n- wider searches\nThe rest stays.", []string{"Changes:", "- longer detention", "- wider searches", "The rest stays."}},
	{"numbered", "Steps:\n1. Talk\n2) Sign", []string{"Steps:", "1. Talk", "2) Sign"}},
	{"bullet dot", "• one item\n• two item", []string{"• one item", "• two item"}},
	{"lower after stop", "The talks, led by the envoy. and others, ended.", []string{"The talks, led by the envoy. and others, ended."}},
	{"digit after stop", "Rescuers found 12. 15 more are missing.", []string{"Rescuers found 12.", "15 more are missing."}},
	{"no space after stop", "It ended.The end.", []string{"It ended.The end."}},
	{"Ph.D", "She has a Ph.D. in law.", []string{"She has a Ph.D. in law."}},
	{"DC end quote", `He flew to Washington, D.C. "It was fine," he said.`, []string{"He flew to Washington, D.C.", `"It was fine," he said.`}},
	{"trailing space no punct", "Ends here  ", []string{"Ends here"}},
	{"nbsp", "One.\u00a0Two.", []string{"One.", "Two."}},
	{"only punct", "...", []string{"..."}},
	{"et al", "Smith et al. The study says.", []string{"Smith et al.", "The study says."}},
}

func TestSplit(t *testing.T) {
	for _, tc := range splitCases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tc.in) {
				got = append(got, tc.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			checkInvariants(t, tc.in, Split(tc.in))
		})
	}
}

// checkInvariants verifies the span contract: ordered, non-overlapping,
// trimmed, never crossing a paragraph break, and covering every non-space
// byte.
func checkInvariants(t testing.TB, text string, spans []Span) {
	t.Helper()
	covered := make([]bool, len(text))
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %+v after %d in %q", s, prev, text)
		}
		if trim(text, s) != s {
			t.Fatalf("span %+v not trimmed in %q", s, text)
		}
		if crossesParagraph(text[s.Start:s.End]) {
			t.Fatalf("span %+v crosses a paragraph break in %q", s, text)
		}
		for k := s.Start; k < s.End; k++ {
			covered[k] = true
		}
		prev = s.End
	}
	for k := 0; k < len(text); {
		n := spaceLen(text, k)
		if n == 0 {
			if !covered[k] {
				t.Fatalf("byte %d (%q) not in any sentence of %q", k, text[k], text)
			}
			n = 1
		}
		k += n
	}
}

func crossesParagraph(s string) bool {
	for _, line := range strings.Split(s, "\n")[1:] {
		if strings.TrimLeft(line, " \t\r") == "" {
			return true
		}
	}
	return strings.Contains(s, "\n\n")
}

// TestConcatenation checks that sentences joined with the text between them
// give back the input.
func TestConcatenation(t *testing.T) {
	for _, tc := range splitCases {
		spans := Split(tc.in)
		var b strings.Builder
		prev := 0
		for _, s := range spans {
			gap := tc.in[prev:s.Start]
			if strings.TrimSpace(gap) != "" && !isUnicodeSpace(gap) {
				t.Errorf("%s: non-space gap %q", tc.name, gap)
			}
			b.WriteString(gap)
			b.WriteString(tc.in[s.Start:s.End])
			prev = s.End
		}
		b.WriteString(tc.in[prev:])
		if b.String() != tc.in {
			t.Errorf("%s: concatenation %q != input %q", tc.name, b.String(), tc.in)
		}
	}
}

func isUnicodeSpace(s string) bool {
	return trim(s, Span{0, len(s)}).End == trim(s, Span{0, len(s)}).Start
}

func FuzzSplit(f *testing.F) {
	for _, tc := range splitCases {
		f.Add(tc.in)
	}
	f.Add("a.\n\n\n.b \u2026\u201d x")
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, Split(s))
	})
}
