package webtest

import (
	"context"
	"fmt"
	"iter"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dyad-project/dyad/internal/api"
	"github.com/dyad-project/dyad/internal/web"
)

// chromium finds a Chromium binary: $DYAD_CHROMIUM, then the usual names.
func chromium() string {
	if p := os.Getenv("DYAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is one headless Chromium tab on the test server.
type browser struct {
	t      *testing.T
	ctx    context.Context
	base   string
	shots  string
	loaded bool // the explorer page is open

	mu   sync.Mutex
	errs []string // uncaught exceptions and console errors of the page
}

// newBrowser serves the fixture store with the explorer and opens a tab
// of the given viewport size.
func newBrowser(t *testing.T, width, height int) *browser {
	t.Helper()
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium binary found: install it (apt-get install -y chromium) or set DYAD_CHROMIUM to run the browser tests")
	}
	st := openStore(t)
	srv := httptest.NewServer(api.New(st.DB(), api.Options{Static: web.Handler()}))
	t.Cleanup(srv.Close)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(width, height),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	b := &browser{t: t, ctx: ctx, base: srv.URL, shots: shotDir(t)}
	b.run("start browser", chromedp.EmulateViewport(int64(width), int64(height)))
	go b.listen(chromedp.Console(ctx))
	return b
}

// shotDir is $DYAD_WEBTEST_SHOTS when set (kept after the test), else a
// temporary directory.
func shotDir(t *testing.T) string {
	if d := os.Getenv("DYAD_WEBTEST_SHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatalf("screenshot dir %s: %v", d, err)
		}
		return d
	}
	return t.TempDir()
}

// listen records uncaught exceptions and errors logged by the page.
func (b *browser) listen(msgs iter.Seq2[chromedp.ConsoleMessage, error]) {
	for m, err := range msgs {
		if err != nil {
			return
		}
		if m.Type != chromedp.ConsoleException && m.Type != chromedp.ConsoleError {
			continue
		}
		b.mu.Lock()
		b.errs = append(b.errs, fmt.Sprintf("%s: %s %s", m.Type, m.Text, m.URL))
		b.mu.Unlock()
	}
}

// run performs actions, failing the test with step's name on error.
func (b *browser) run(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.shot("failed-" + strings.ReplaceAll(step, " ", "-"))
		b.t.Fatalf("%s: %v (page errors: %v)", step, err, b.pageErrors())
	}
}

// eval runs a JavaScript expression and returns its value.
func eval[T any](b *browser, step, js string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		b.shot("failed-" + strings.ReplaceAll(step, " ", "-"))
		b.t.Fatalf("%s: %v (page errors: %v)", step, err, b.pageErrors())
	}
	return v
}

// open goes to the hash route and waits for sel to be visible. The first
// call loads the page; later ones change location.hash as a link would
// (a same-document navigation fires no load event to wait for).
func (b *browser) open(route, sel string) {
	b.t.Helper()
	if !b.loaded {
		b.loaded = true
		b.run("open "+route, chromedp.Navigate(b.base+"/"+route), chromedp.WaitVisible(chromedp.CSS(sel)))
		return
	}
	js := "location.hash = " + strconv.Quote(route) + "; true"
	b.run("open "+route, chromedp.Steps(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](js)(ctx, t)
		return err
	})), chromedp.WaitVisible(chromedp.CSS(sel)))
}

// waitJS polls the expression until it is true.
func (b *browser) waitJS(step, js string) {
	b.t.Helper()
	b.run(step, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(20*time.Second)))
}

// shot saves a full-page PNG screenshot and logs its path.
func (b *browser) shot(name string) string {
	return b.save(name, chromedp.FullScreenshot(100))
}

// screen saves a PNG of the viewport only (what a phone shows at once).
func (b *browser) screen(name string) string {
	return b.save(name, chromedp.CaptureScreenshot())
}

// save runs a screenshot action and writes its PNG.
func (b *browser) save(name string, capture chromedp.Action[[]byte]) string {
	buf, err := chromedp.Run(b.ctx, capture)
	if err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
		return ""
	}
	p := filepath.Join(b.shots, strings.ReplaceAll(b.t.Name(), "/", "_")+"-"+name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		b.t.Errorf("save screenshot %s: %v", p, err)
		return ""
	}
	b.t.Logf("screenshot: %s", p)
	return p
}

// pageErrors returns the page errors seen so far.
func (b *browser) pageErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...)
}

// noPageErrors fails the test if the page threw or logged errors.
func (b *browser) noPageErrors() {
	b.t.Helper()
	if errs := b.pageErrors(); len(errs) > 0 {
		b.t.Errorf("page errors:\n%s", strings.Join(errs, "\n"))
	}
}
