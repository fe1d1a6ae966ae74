package quote

import (
	"strings"
	"testing"
)

func TestScanMarks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // inner text of each piece; "~" suffix: runs past the end
	}{
		{"straight", `He said "yes" and "no".`, []string{"yes", "no"}},
		{"curly", "He said \u201cyes\u201d.", []string{"yes"}},
		{"single", `called him a 'rocket man' twice`, []string{"rocket man"}},
		{"apostrophe", `Kim's aides didn't say`, nil},
		{"single inside double", `"He called it 'fake', really," she said.`, []string{"He called it 'fake', really,"}},
		{"open at end", `"We will fight on.`, []string{"We will fight on.~"}},
		{"stray", `a 5 " gap`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := scanMarks(tt.text, 0, len(tt.text), nil)
			var got []string
			for _, p := range ps {
				s := tt.text[p.a:p.b]
				if p.close < 0 {
					s += "~"
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("scanMarks(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
