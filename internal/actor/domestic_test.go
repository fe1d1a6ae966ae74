package actor

import (
	"strings"
	"testing"
)

func TestDomesticContext(t *testing.T) {
	tests := []struct {
		name  string
		sents []string // an article; mentions of the last sentence are checked
		want  []string
	}{
		{"one state in play", []string{"Arnorian police beat protesters in the capital."},
			[]string{"Arnorian police=ARNCOP", "protesters=ARNCVL"}},
		{"place gives the state", []string{"In Annuminas, police detained dozens of students."},
			[]string{"Annuminas=ARNGOV", "police=ARNCOP", "students=ARNEDU"}},
		{"two states keep it bare", []string{"Arnorian soldiers shot civilians, Gondor said."},
			[]string{"Arnorian soldiers=ARNMIL", "civilians=CVL", "Gondor=GON"}},
		{"article's dominant state", []string{"Arnor held a vote.", "Arnor's president won.", "Police arrested protesters."},
			[]string{"Police=ARNCOP", "protesters=ARNCVL"}},
		{"no dominant state", []string{"Arnor met Gondor.", "Police arrested protesters."},
			[]string{"Police=COP", "protesters=CVL"}},
		{"organisation blocks the fallback", []string{"Arnor held a vote.", "Arnor's president won.", "The UN urged police to free protesters."},
			[]string{"UN=IGOUNO", "police=COP", "protesters=CVL"}},
		{"foreign agent stays bare", []string{"Arnor expelled foreign journalists."},
			[]string{"Arnor=ARN", "journalists=MED"}},
		{"counted forces stay bare", []string{"Arnor sent 2,000 more troops to the border."},
			[]string{"Arnor=ARN", "troops=MIL"}},
		{"diplomats serve abroad", []string{"Arnor expelled envoys."},
			[]string{"Arnor=ARN", "envoys=GOV"}},
		{"troops facing a national military", []string{"Troops shelled Arnorian positions."},
			[]string{"Troops=MIL", "Arnorian positions=ARNMIL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findAll(t, "", tc.sents)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestDominantState(t *testing.T) {
	tests := []struct {
		counts map[string]int
		want   string
	}{
		{map[string]int{"ARN": 3, "GON": 1}, "ARN"},
		{map[string]int{"ARN": 3, "GON": 2}, ""},
		{map[string]int{"ARN": 1}, ""},
		{map[string]int{"ARN": 2, "GON": 2}, ""},
		{map[string]int{}, ""},
	}
	for _, tc := range tests {
		a := &Article{states: tc.counts}
		if got := a.dominantState(); got != tc.want {
			t.Errorf("dominantState(%v) = %q, want %q", tc.counts, got, tc.want)
		}
	}
}

func TestDomesticGuards(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  []string
	}{
		{"state acted on by name", []string{"Troops entered Gondor."}, []string{"Troops=MIL", "Gondor=GON"}},
		{"state as a place", []string{"Troops patrolled streets in Gondor."}, []string{"Troops=GONMIL", "Gondor=GON"}},
		{"adjective on a plain noun blocks", []string{"Protesters waved Arnorian flags."}, []string{"Protesters=CVL", "Arnorian=ARN"}},
		{"adjective heading the agent's phrase", []string{"Arnorian fisheries officials met."},
			[]string{"Arnorian=ARN", "officials=ARNGOV"}},
		{"junta is the military", []string{"Arnor's junta met."}, []string{"Arnor 's junta=ARNMIL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findAll(t, "", tc.sents)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
