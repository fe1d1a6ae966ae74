// Package webtest holds browser tests of the dyad explorer: they build a
// small store, serve the API with the embedded explorer on 127.0.0.1 and
// drive headless Chromium (chromedp) through it as a reader would, saving
// screenshots. Without a Chromium binary the tests skip.
package webtest
