package devset

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Item
	}{
		{
			name: "one item",
			in:   "@date 2023-09-10\nChina praised Japan.\n= CHN JPN 051\n",
			want: []Item{{File: "t", Line: 2, Date: "2023-09-10", Sentence: "China praised Japan.",
				Events: []Expected{{"CHN", "JPN", "051"}}}},
		},
		{
			name: "none, comments, context, date carries over",
			in: "# header\n@date 2020-01-02   # doc date\n> Context one.\n> Context two.\n" +
				"He left.\n= none\n\nXi met Putin.\n= CHNGOV RUSGOV 040 # meeting\n= RUSGOV CHNGOV 040\n",
			want: []Item{
				{File: "t", Line: 5, Date: "2020-01-02", Context: []string{"Context one.", "Context two."},
					Sentence: "He left.", None: true},
				{File: "t", Line: 8, Date: "2020-01-02", Sentence: "Xi met Putin.",
					Events: []Expected{{"CHNGOV", "RUSGOV", "040"}, {"RUSGOV", "CHNGOV", "040"}}},
			},
		},
		{
			name: "no target, four-digit code, blank lines",
			in:   "\n\nRussia annexed land.\n=  RUS   -   1711\n\n\n",
			want: []Item{{File: "t", Line: 3, Sentence: "Russia annexed land.",
				Events: []Expected{{"RUS", "-", "1711"}}}},
		},
		{name: "empty", in: "", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tc.in), "t")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown directive", "@source x\n", "t:1: "},
		{"bad date", "@date 2023-13-01\n", "t:1: "},
		{"date inside item", "A.\n@date 2023-01-01\n", "t:2: "},
		{"= without sentence", "= CHN JPN 051\n", "t:1: "},
		{"= after blank", "A.\n= CHN - 010\n\n= CHN - 010\n", "t:4: "},
		{"no = line", "A sentence.\n\nB.\n= none\n", "t:1: "},
		{"no = line at EOF", "A.\n= none\n\nB.\n", "t:4: "},
		{"code too long", "A.\n= CHN JPN 05111\n", "t:2: "},
		{"code letters", "A.\n= CHN JPN 05a\n", "t:2: "},
		{"root 21", "A.\n= CHN JPN 210\n", "t:2: "},
		{"root 00", "A.\n= CHN JPN 001\n", "t:2: "},
		{"one digit", "A.\n= CHN JPN 1\n", "t:2: "},
		{"two fields", "A.\n= CHN 051\n", "t:2: "},
		{"lower-case actor", "A.\n= chn JPN 051\n", "t:2: "},
		{"dash source", "A.\n= - JPN 051\n", "t:2: "},
		{"none mixed", "A.\n= CHN JPN 051\n= none\n", "t:3: "},
		{"event after none", "A.\n= none\n= CHN JPN 051\n", "t:3: "},
		{"two sentences", "A.\nB.\n= none\n", "t:2: "},
		{"context after sentence", "A.\n> ctx\n= none\n", "t:2: "},
		{"dangling context", "> ctx\n\n", "t:2: "},
		{"empty context", ">\nA.\n= none\n", "t:1: "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.in), "t")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %q does not start with %q", err, tc.want)
			}
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("error %v does not wrap ErrSyntax", err)
			}
		})
	}
}

func TestParseFileMissing(t *testing.T) {
	if _, err := ParseFile("testdata/does-not-exist.txt"); err == nil {
		t.Fatal("no error for missing file")
	}
}

func TestValidCodeShape(t *testing.T) {
	tests := map[string]bool{
		"01": true, "010": true, "0211": true, "20": true, "204": true, "2042": true,
		"0": false, "00": false, "21": false, "210": false, "01234": false, "1a0": false, "": false,
	}
	for code, want := range tests {
		if got := ValidCodeShape(code); got != want {
			t.Errorf("ValidCodeShape(%q) = %v, want %v", code, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("@date 2023-09-10\n> ctx\nChina praised Japan.\n= CHN JPN 051\n\nX.\n= none\n")
	f.Add("= CHN\n@date\n>\n")
	f.Fuzz(func(t *testing.T, in string) {
		items, err := Parse(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, it := range items {
			if it.None == (len(it.Events) > 0) {
				t.Fatalf("item %d: None=%v with %d events", it.Line, it.None, len(it.Events))
			}
			for _, e := range it.Events {
				if !ValidCodeShape(e.Code) {
					t.Fatalf("accepted bad code %q", e.Code)
				}
			}
		}
	})
}
