package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
)

// httpError is an error with the HTTP status it maps to.
type httpError struct {
	status int
	msg    string
}

// Error returns the message.
func (e *httpError) Error() string { return e.msg }

// errorf makes an httpError.
func errorf(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// badRequest wraps a parameter error as a 400.
func badRequest(err error) error {
	return &httpError{status: http.StatusBadRequest, msg: err.Error()}
}

// classify maps err to an httpError: its own status, 504 when the query
// deadline passed, 413 for an oversized body, else 500.
func classify(ctx context.Context, err error) *httpError {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he
	case errors.As(err, &mbe):
		return &httpError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mbe.Limit)}
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &httpError{http.StatusGatewayTimeout, "query took too long: narrow the filters"}
	case errors.Is(ctx.Err(), context.Canceled):
		return &httpError{499, "request canceled"}
	}
	return &httpError{http.StatusInternalServerError, err.Error()}
}

// writeJSON writes v with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(map[string]string{"error": "encode response: " + err.Error()})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// writeError writes {"error": message}.
func writeError(w http.ResponseWriter, e *httpError) {
	writeJSON(w, e.status, map[string]string{"error": e.msg})
}

// intParam reads an integer parameter in [lo, hi], def when absent.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, errorf(http.StatusBadRequest, "%s %q: want an integer from %d to %d", name, s, lo, hi)
	}
	return n, nil
}
