package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
)

// TestSamplePageQuality checks main-content extraction on the sample
// corpus pages: the article's first and last paragraphs are kept, page
// chrome (cookie banners, menus, related links, newsletters, reader
// comments, footers, captions) is not, and in-article slugs that reach the
// paragraphs ("Advertisement", "ALSO READ: ...") are gone after cleaning.
func TestSamplePageQuality(t *testing.T) {
	tests := []struct {
		file        string
		first, last string
		trailer     string   // last extracted paragraph when not last; cleaning drops it
		chrome      []string // absent from the extracted paragraphs
		inline      []string // absent from the cleaned text
	}{
		{
			file:  "meridianpost-nk-icbm.html",
			first: "North Korea fired a new intercontinental ballistic missile early on Wednesday",
			last:  "The Security Council was expected to meet in New York later on Wednesday.",
			chrome: []string{"We use cookies", "Manage preferences", "Related stories",
				"Chinese envoy returns from Pyongyang without meeting Kim", "UN tightens sanctions", "READ MORE",
				"The Morning Meridian", "in your inbox before breakfast", "Comments are moderated",
				"Sanctions have clearly not worked", "Beijing says it is concerned every time",
				"All rights reserved", "Terms of use", "Share this story", "Missile tests",
				"People in Seoul watch a television news report"},
			inline: []string{"Advertisement"},
		},
		{
			file:    "asialedger-nk-icbm.html",
			first:   "North Korea fired a new intercontinental ballistic missile early Wednesday",
			last:    "The United States and its allies have accused the North of violating a string of Security Council resolutions",
			trailer: "(Reporting by Hana Lindqvist;",
			chrome: []string{"This site uses cookies", "E-Paper", "Most read", "Yen slides as central bank holds rates",
				"You may also like", "Seoul and Washington to hold largest air drill next week", "Ledger Briefing",
				"The timing right after the envoy visit says a lot", "Another 3am alert on my phone",
				"Load more comments", "About Asia Ledger", "Wire content is used under licence",
				"Share on Facebook", "what we know", "A TV screen in Seoul shows file footage"},
			inline: []string{"ALSO READ", "Reporting by", "Advertisement"},
		},
		{
			file:  "asialedger-yoon-kishida.html",
			first: "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed on Thursday",
			last:  "Mr Yoon was due to meet Japanese business leaders on Friday before returning to Seoul.",
			chrome: []string{"This site uses cookies", "Most read", "You may also like",
				"Japan lifts chip material export curbs", "Ledger Briefing", "Long overdue. Both countries face",
				"Many Koreans feel Japan gave nothing", "About Asia Ledger", "hold first Tokyo summit in 12 years"},
			inline: []string{"ALSO READ", "Advertisement"},
		},
		{
			file:  "harbourtimes-kim-beijing.html",
			first: "North Korean leader Kim Jong Un made an unannounced visit to Beijing this week",
			last:  "Japan said it had not been informed in advance.",
			chrome: []string{"We use cookies to ensure", "News from the Pacific Rim since 1987", "Share this:",
				"Posted in", "Related posts", "back in the driver", "The train photos were the giveaway",
				"Leave a Reply", "Sign up for the Harbour Times daily digest", "Harbour Times Ltd",
				"Chinese President Xi Jinping and North Korean leader Kim Jong Un at the"},
			inline: []string{"Advertisement"},
		},
		{
			file:  "meridianpost-ethiopia-tigray.html",
			first: "government and forces from the northern Tigray region agreed on Wednesday",
			last:  "Neither side said whether Eritrean troops",
			chrome: []string{"cookies", "Manage preferences", "Related stories",
				"AU invites Ethiopia and TPLF to talks in South Africa", "Fighting resumes in Tigray", "READ MORE",
				"The Morning Meridian", "Comments are moderated", "I pray it holds this time",
				"Credit to the AU panel", "All rights reserved", "Share this story",
				"Delegations from the Ethiopian government and the TPLF exchange documents"},
			inline: []string{"Advertisement"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "..", "sample", "corpus", "html", tt.file))
			if err != nil {
				t.Skipf("sample page missing: %v", err)
			}
			p, err := extractHTML(b, "", "")
			if err != nil {
				t.Fatalf("extractHTML(%s): %v", tt.file, err)
			}
			rawLast := tt.last
			if tt.trailer != "" {
				rawLast = tt.trailer
			}
			checkBody(t, "extracted", p.Paragraphs, tt.first, rawLast, tt.chrome)
			d := &doc.Document{Raw: &doc.Raw{Title: p.Title, Paragraphs: p.Paragraphs}}
			clean.Document(d)
			checkBody(t, "cleaned", strings.Split(d.Text, "\n\n"), tt.first, tt.last, append(tt.chrome, tt.inline...))
		})
	}
}

// checkBody checks that paras start with first, that the last paragraph
// starts with last, and that no paragraph contains a chrome string.
func checkBody(t *testing.T, stage string, paras []string, first, last string, chrome []string) {
	t.Helper()
	if len(paras) == 0 {
		t.Fatalf("%s: no paragraphs", stage)
	}
	if !strings.Contains(paras[0], first) {
		t.Errorf("%s: first paragraph %q, want it to contain %q", stage, clip(paras[0], 80), first)
	}
	if !strings.HasPrefix(paras[len(paras)-1], last) {
		t.Errorf("%s: last paragraph %q, want it to start with %q", stage, clip(paras[len(paras)-1], 80), last)
	}
	body := strings.Join(paras, "\n")
	for _, c := range chrome {
		if strings.Contains(body, c) {
			t.Errorf("%s: page chrome %q kept", stage, c)
		}
	}
}
