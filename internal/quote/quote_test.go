package quote_test

import (
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/quote"
	"github.com/dyad-project/dyad/internal/segment"
)

// TestFindPatterns runs single articles through the real pipeline.
func TestFindPatterns(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // "kind|text|speaker name or text|via" per quote
	}{
		{"said X", []string{`"Enough," said Yoon Suk Yeol, the South Korean president.`},
			[]string{"direct|Enough|Yoon Suk Yeol|-"}},
		{"colon", []string{`Xi Jinping said: "We will never waver."`}, []string{"direct|We will never waver.|Xi Jinping|-"}},
		{"no speaker", []string{`"Nothing has changed."`}, []string{"direct|Nothing has changed.|-|-"}},
		{"pronoun carries", []string{`Vladimir Putin spoke for an hour.`, `"The West lied to us," he said.`, `"It will not happen again."`},
			[]string{"direct|The West lied to us|Vladimir Putin|-", "direct|It will not happen again.|Vladimir Putin|-"}},
		{"split quote", []string{`"We will win," Zelensky said, "and we will rebuild."`},
			[]string{"direct|We will win|Volodymyr Zelensky|-", "direct|and we will rebuild.|Volodymyr Zelensky|-"}},
		{"told outlet", []string{`Sergei Lavrov told TASS that the talks were over.`},
			[]string{"indirect|the talks were over|Sergei Lavrov|TASS"}},
		{"according to outlet", []string{`According to Yonhap, the missile flew 800km.`},
			[]string{"indirect|the missile flew 800km|Yonhap|-"}},
		{"postposed", []string{`The talks will resume next month, Antony Blinken said.`},
			[]string{"indirect|The talks will resume next month|Antony Blinken|-"}},
		{"unknown speaker", []string{`"Prices keep rising," said Ana Souza, a shopkeeper.`},
			[]string{"direct|Prices keep rising|text:Ana Souza|-"}},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := process(p, article{id: tt.name, date: "2024-03-15", title: "Headline", paras: tt.paras})
			var got []string
			for _, q := range d.Quotes {
				name, _ := speakerOf(q)
				got = append(got, kindOf(q)+"|"+q.Text+"|"+name+"|"+viaOf(q))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCurlyUncleaned checks quotes in text that skipped cleaning.
func TestCurlyUncleaned(t *testing.T) {
	d := &doc.Document{Date: "2024-03-15", Title: "Talks", Text: "\u201cWe are ready,\u201d Kim said.\n\n" +
		"\u201cThe door is open.\n\n\u201cBut not for long.\u201d"}
	p := testPipeline(t)
	p.Process(d)
	quote.Find(d)
	if len(d.Quotes) != 2 {
		t.Fatalf("got %d quotes: %+v", len(d.Quotes), d.Quotes)
	}
	q := d.Quotes[1]
	if q.Text != "The door is open.\n\nBut not for long." || q.Paragraph != 2 || q.Speaker == nil || q.Speaker.Text != "Kim" {
		t.Errorf("continued quote = %+v (speaker %+v)", q, q.Speaker)
	}
	if d.Text[q.Start:q.Start+4] != "The " || d.Text[q.End-5:q.End] != "long." {
		t.Errorf("offsets [%d,%d] do not frame the quote", q.Start, q.End)
	}
}

func TestFindIdempotent(t *testing.T) {
	p := testPipeline(t)
	d := process(p, article{id: "x", date: "2024-03-15", title: "T", paras: []string{`"Yes," Kim said.`}})
	n := len(d.Quotes)
	quote.Find(d)
	if len(d.Quotes) != n || n != 1 {
		t.Errorf("second Find gave %d quotes, first %d", len(d.Quotes), n)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{`"A," he said. "B`, "\u201cx\u201d y \u2018z\u2019", `'a' said "b`, `according to`, `"`,
		"\"x\n\n\"y\n\n\"z\"", `was quoted as saying by`, `told that "`} {
		f.Add("Title 'q'", s)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		d := &doc.Document{Title: title, Text: text}
		segment.Document(d)
		d.Entities = []doc.Entity{{Text: "x", Sentence: len(d.Sentences) - 1, Start: 0, End: min(1, len(text))}}
		quote.Find(d)
		for _, q := range d.Quotes {
			base := text
			if q.Sentence == 0 {
				base = title
			}
			if q.Start < 0 || q.End > len(base) || q.Start >= q.End {
				t.Fatalf("bad offsets %+v", q)
			}
		}
	})
}
