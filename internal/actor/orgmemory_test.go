package actor

import (
	"strings"
	"testing"
)

func TestDefiniteOrg(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  []string
	}{
		{"the court after a named court", []string{"The International Court of Justice ruled.", "Arnor criticised the court."},
			[]string{"Arnor=ARN", "the court=IGOUNOJUDICJ"}},
		{"the court's judges", []string{"The International Court of Justice ruled.", "The court's judges told Arnor to stop."},
			[]string{"The court 's judges=IGOUNOJUDICJ", "Arnor=ARN"}},
		{"the bloc after a union", []string{"The African Union met.", "The bloc suspended Arnor."},
			[]string{"The bloc=IGOAFRAFU", "Arnor=ARN"}},
		{"latest of a kind wins", []string{"The European Union met.", "ECOWAS met.", "The bloc suspended Arnor."},
			[]string{"The bloc=IGOWAFWAD", "Arnor=ARN"}},
		{"a court of another name", []string{"The International Court of Justice ruled.", "The court of appeal met."},
			[]string{"court=JUD"}},
		{"no court named", []string{"Gondor criticised the court."}, []string{"Gondor=GON", "court=GONJUD"}},
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
