package webtest

import "testing"

func TestDebugThreads(t *testing.T) {
	b := newBrowser(t, 390, 844)
	b.open("#/threads", ".threads")
	t.Log(eval[string](b, "html", `document.querySelector('main').innerHTML`))
	b.open("#/events", "tr.evrow")
	t.Log("events ok")
	b.open("#/threads", ".threads .msg-empty")
	t.Log("threads ok")
}
