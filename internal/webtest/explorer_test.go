package webtest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestEventTableToArticle searches by actor name, opens an event with the
// mouse and another with the keyboard, and checks the article view marks
// the evidence sentence and highlights actors, verbs, quotes and places.
func TestEventTableToArticle(t *testing.T) {
	b := newBrowser(t, 1280, 900)
	b.open("#/events", "tr.evrow")
	if n := eval[int](b, "count rows", `document.querySelectorAll('tr.evrow').length`); n != 35 {
		t.Errorf("event table shows %d rows, want all 35 fixture events", n)
	}
	b.shot("events")

	b.run("type China", chromedp.SendKeys(chromedp.CSS(".search-row input"), "China"),
		chromedp.WaitVisible(chromedp.CSS(".combo-list li")))
	opts := eval[[]string](b, "suggestions", `[...document.querySelectorAll('.combo-list li')].map(li => li.textContent)`)
	pos := -1
	for i, o := range opts {
		if strings.HasPrefix(o, "CHN ") {
			pos = i
		}
	}
	if pos < 0 || !strings.Contains(strings.Join(opts, "|"), "CHNGOV ") {
		t.Fatalf("suggestions for China = %q, want CHN and CHNGOV", opts)
	}
	b.shot("suggestions")
	for range pos {
		b.run("arrow down", chromedp.KeyEvent(kb.ArrowDown))
	}
	b.run("pick suggestion", chromedp.KeyEvent(kb.Enter))
	b.waitJS("actor filter", `location.hash.includes('actor=CHN') && document.querySelectorAll('tr.evrow').length === 26`)
	bad := eval[int](b, "rows involve CHN", `[...document.querySelectorAll('tr.evrow')].filter(r =>
		!(r.querySelector('.c-src').textContent + r.querySelector('.c-tgt').textContent).includes('CHN')).length`)
	if bad != 0 {
		t.Errorf("%d rows of the actor=CHN table involve no CHN actor", bad)
	}

	want := eval[string](b, "row sentence", `document.querySelector('tr.evrow .c-sent > span').textContent`)
	b.run("click row", chromedp.Click(chromedp.CSS("tr.evrow .c-sent")),
		chromedp.WaitVisible(chromedp.CSS(".sent.evidence")))
	got := eval[string](b, "evidence text", `document.querySelector('.sent.evidence').textContent`)
	if got != want {
		t.Errorf("evidence sentence = %q, want the clicked row's %q", got, want)
	}
	checkInView(b, ".sent.evidence")
	for _, sel := range []string{".sent.evidence .hl-verb", ".doc-text .hl-ent", ".ev-card.selected"} {
		if eval[int](b, "count "+sel, `document.querySelectorAll('`+sel+`').length`) == 0 {
			t.Errorf("article view: nothing matches %s", sel)
		}
	}
	b.shot("article")
	b.run("hide actors", chromedp.Click(chromedp.CSS("#layer-ent")))
	if bg := eval[string](b, "actor background", `getComputedStyle(document.querySelector('.doc-text .hl-ent')).backgroundColor`); bg != "rgba(0, 0, 0, 0)" {
		t.Errorf("actor highlight background with the layer off = %s, want none", bg)
	}

	// Keyboard: Tab to a row, Enter opens it.
	b.open("#/events?q=praised", "tr.evrow")
	b.run("focus row", chromedp.Focus(chromedp.CSS("tr.evrow")), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(".sent.evidence")))
	for _, sel := range []string{".sent.evidence .hl-quote", ".doc-text .hl-place", ".doc-title .hl-ent", ".panel-quotes blockquote"} {
		if eval[int](b, "count "+sel, `document.querySelectorAll('`+sel+`').length`) == 0 {
			t.Errorf("article opened by keyboard: nothing matches %s", sel)
		}
	}
	b.shot("article-quote")
	b.noPageErrors()
}

// TestLoadMore pages through the events with the cursor.
func TestLoadMore(t *testing.T) {
	b := newBrowser(t, 1280, 900)
	b.open("#/events?limit=10", "tr.evrow")
	for want := 20; want <= 35; want += 10 {
		if want > 35 {
			want = 35
		}
		b.run("load more", chromedp.Click(chromedp.CSS("button.more")))
		n := min(want, 35)
		b.waitJS("rows after load more", `document.querySelectorAll('tr.evrow').length === `+strconv.Itoa(n))
	}
	b.run("last page", chromedp.Click(chromedp.CSS("button.more")))
	b.waitJS("all rows", `document.querySelectorAll('tr.evrow').length === 35 && document.querySelector('button.more').hidden`)
	ids := eval[int](b, "distinct rows", `new Set([...document.querySelectorAll('tr.evrow')].map(r => r.dataset.id)).size`)
	if ids != 35 {
		t.Errorf("pages hold %d distinct events, want 35", ids)
	}
	b.noPageErrors()
}

// TestNetworkToDyad clicks the CHN→PRK link of the network, checks the
// dyad timeline renders, and clicks its busiest interval.
func TestNetworkToDyad(t *testing.T) {
	b := newBrowser(t, 1280, 900)
	b.open("#/network?from=2024-01-01&to=2024-06-30", "#network canvas")
	b.waitJS("graph laid out", `(() => { const c = document.querySelector('#network')._cy;
		return c && c.getElementById('CHN>PRK').length === 1 && c.getElementById('CHN>PRK').renderedMidpoint().x > 0; })()`)
	b.shot("network")
	xy := eval[[]float64](b, "edge position", `(() => { const el = document.querySelector('#network');
		const p = el._cy.getElementById('CHN>PRK').renderedMidpoint(); const r = el.getBoundingClientRect();
		return [r.left + p.x, r.top + p.y]; })()`)
	b.run("click edge", chromedp.MouseClickXY(xy[0], xy[1]))
	b.waitJS("dyad view", `location.hash.startsWith('#/dyad/CHN/PRK')`)
	b.run("timeline", chromedp.WaitVisible(chromedp.CSS("#timeline canvas")))
	b.waitJS("chart data", `!!document.querySelector('#timeline')._u`)
	b.shot("dyad")

	pt := eval[[]float64](b, "busiest interval", `(() => { const el = document.querySelector('#timeline');
		const u = el._u, bs = el._buckets; let i = 0;
		bs.forEach((x, j) => { if (x.count > bs[i].count) i = j; });
		const r = u.over.getBoundingClientRect();
		return [r.left + u.valToPos(i, "x"), r.top + r.height / 4, bs[i].count]; })()`)
	b.run("click interval", chromedp.MouseClickXY(pt[0], pt[1]))
	b.waitJS("interval events", `document.querySelectorAll('.interval-events tr.evrow').length > 0`)
	if n := eval[int](b, "interval rows", `document.querySelectorAll('.interval-events tr.evrow').length`); n != int(pt[2]) {
		t.Errorf("interval lists %d events, want the bucket's %d", n, int(pt[2]))
	}
	b.shot("dyad-interval")

	b.open("#/dyad", ".dyad-list a")
	if n := eval[int](b, "busiest dyads", `document.querySelectorAll('.dyad-list li').length`); n != 6 {
		t.Errorf("dyad picker lists %d dyads, want the 6 fixture pairs", n)
	}
	b.shot("dyad-picker")
	b.noPageErrors()
}

// TestPhoneAndThreads renders the table and an article on a phone-sized
// screen and checks the threads view handles the API's 501.
func TestPhoneAndThreads(t *testing.T) {
	b := newBrowser(t, 390, 844)
	b.open("#/events", "tr.evrow")
	if w := eval[int](b, "page width", `document.documentElement.scrollWidth`); w > 400 {
		t.Errorf("phone layout is %d px wide, want no horizontal scrolling at 390 px", w)
	}
	b.screen("phone-events")
	b.run("open article", chromedp.Click(chromedp.CSS("tr.evrow .c-sent")), chromedp.WaitVisible(chromedp.CSS(".sent.evidence")))
	b.screen("phone-article")
	b.open("#/threads", ".threads .msg-empty, .threads-table tbody tr")
	if eval[bool](b, "threads built", `!!document.querySelector('.threads-table')`) {
		// The store builds story threads: each row links its dyads.
		if n := eval[int](b, "thread dyad links", `document.querySelectorAll('.threads-table a[href^="#/dyad/"]').length`); n == 0 {
			t.Errorf("threads table has no dyad links")
		}
		b.screen("phone-threads")
	} else if txt := eval[string](b, "threads message", `document.querySelector('.threads .msg-empty').textContent`); !strings.Contains(txt, "not built") {
		t.Errorf("threads view says %q, want the not-built notice", txt)
	}
	b.open("#/actor/PRK", ".two-col")
	b.screen("phone-actor")
	b.noPageErrors()
}

// checkInView fails unless sel is inside the viewport.
func checkInView(b *browser, sel string) {
	b.t.Helper()
	ok := eval[bool](b, "in view", `(() => { const r = document.querySelector('`+sel+`').getBoundingClientRect();
		return r.top >= 0 && r.bottom <= window.innerHeight; })()`)
	if !ok {
		b.t.Errorf("%s is not scrolled into view", sel)
	}
}
