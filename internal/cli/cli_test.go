package cli

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args  []string
		paths []string
		form  string
	}{
		{[]string{"--format", "table", "a.txt"}, []string{"a.txt"}, "table"},
		{[]string{"a.txt", "--format", "json", "b.html"}, []string{"a.txt", "b.html"}, "json"},
		{[]string{"-", "--format=table"}, []string{"-"}, "table"},
		{[]string{"a", "--", "--weird-name"}, []string{"a", "--weird-name"}, "jsonl"},
	}
	for _, tt := range tests {
		fs := newFlagSet("t", "", "")
		format := fs.String("format", "jsonl", "")
		var errb bytes.Buffer
		if _, ok := parse(fs, tt.args, Env{Stderr: &errb}); !ok {
			t.Fatalf("%v: parse failed: %s", tt.args, errb.String())
		}
		if !reflect.DeepEqual(fs.Args(), tt.paths) || *format != tt.form {
			t.Errorf("%v: paths %v format %q, want %v %q", tt.args, fs.Args(), *format, tt.paths, tt.form)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if st := Main([]string{"nope"}, Env{Stdout: &out, Stderr: &errb}); st != ExitUsage {
		t.Errorf("status %d, want %d", st, ExitUsage)
	}
}

func TestExplain(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"explain", "Vietnam condemned Cambodia."}, "sentence 1:"},
		{[]string{"explain", "--headline", "Vietnam Condemns Cambodia", "Vietnam condemned Cambodia."}, "sentence 0:"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if st := Main(tt.args, Env{Stdout: &out, Stderr: &errb}); st != ExitOK {
			t.Fatalf("%v: status %d: %s", tt.args, st, errb.String())
		}
		if !strings.Contains(out.String(), tt.want) || !strings.Contains(out.String(), "VNM -> KHM  111") {
			t.Errorf("%v: output lacks %q or the 111 event:\n%s", tt.args, tt.want, out.String())
		}
	}
}
