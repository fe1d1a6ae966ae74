package quote

import (
	"fmt"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
)

func TestScratch(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Date: "2024-03-15", Raw: &doc.Raw{Title: "Xi warns Taiwan", Paragraphs: []string{
		"Chinese President Xi Jinping said on Friday that the pair had met five times. \u201cWe will never allow it,\u201d he said.",
		"\"This is reckless,\" said Yoon Suk Yeol, the South Korean president. He told reporters that talks would resume.",
		"According to KCNA, Kim Jong Un called the plan \"reckless\". The North Korean leader was quoted as saying by Xinhua that peace was near.",
		"\"We stand ready,\" Antony Blinken said in a statement carried by state media. The United Nations said: \"Stop now.\"",
		"Foreign ministry spokesman Wang Wenbin told Reuters the policy had not changed. Mr Wang added that Beijing wanted calm.",
	}}}
	p.Process(d)
	fmt.Printf("%q\n", d.Text)
	for _, s := range d.Sentences {
		fmt.Printf("S%d p%d [%d,%d] %s\n", s.Index, s.Paragraph, s.Start, s.End, s.Text)
	}
	for _, e := range d.Entities {
		fmt.Printf("  E s%d %q %q %s %s [%d,%d]\n", e.Sentence, e.Text, e.Name, e.Type, e.Code, e.Start, e.End)
	}
	for _, e := range d.Events {
		fmt.Printf("  V s%d %s %s %s\n", e.Sentence, e.Verb, e.CAMEO, e.Date)
	}
}
