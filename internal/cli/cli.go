// Package cli implements the dyad command line: analyze, ingest, demo and
// explain. cmd/dyad only calls Main.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
)

// Exit statuses.
const (
	ExitOK      = 0 // every document fine
	ExitPartial = 1 // some documents failed (reported)
	ExitUsage   = 2 // usage or setup error
)

// Env is what a command reads and writes.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

type command struct {
	name, summary string
	run           func(env Env, args []string) int
}

func commands() []command {
	return []command{
		{"analyze", "code documents and print them as JSON (one object per document)", runAnalyze},
		{"ingest", "analyse documents and store them in the embedded DuckDB store", runIngest},
		{"serve", "serve the JSON API and the web explorer over the store", runServe},
		{"export", "export events as GDELT-style TSV, PLOVER JSON, CSV or Parquet", runExport},
		{"demo", "ingest the bundled sample corpus, then serve the explorer", runDemo},
		{"explain", "show tokens, tags, actors and the rules that fired for a sentence", runExplain},
	}
}

// Main runs the dyad command line and returns the exit status.
func Main(args []string, env Env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(env, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "dyad: unknown command %q\n\n", args[0])
	usage(env.Stderr)
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad turns news into event data: who did what to whom, when, where, and what they said.")
	fmt.Fprintln(w, "\nUsage: dyad COMMAND [flags] [PATH...]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'dyad COMMAND --help' for a command's flags.")
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// codingFlags are the flags every coding command shares.
type codingFlags struct {
	dicts     stringList
	noBuiltin bool
	all       bool
	date      string
}

func (c *codingFlags) register(fs *flag.FlagSet) {
	fs.Var(&c.dicts, "dict", "extra dictionary file (dyad or PETRARCH format); repeatable")
	fs.BoolVar(&c.noBuiltin, "no-builtin", false, "use only the --dict dictionaries")
	fs.BoolVar(&c.all, "all", false, "also output negated and hypothetical events, flagged")
	fs.StringVar(&c.date, "date", "", "document date (YYYY-MM-DD) for inputs that carry none")
}

func (c *codingFlags) pipeline() (*pipeline.Pipeline, error) {
	if c.date != "" {
		if _, ok := doc.Date(c.date).Time(); !ok {
			return nil, fmt.Errorf("--date %q: want YYYY-MM-DD", c.date)
		}
	}
	return pipeline.New(pipeline.Config{Dicts: c.dicts, NoBuiltin: c.noBuiltin, All: c.all, Date: doc.Date(c.date)})
}

// parse parses flags; it returns false with the exit status when the
// command should stop (help or a usage error).
func parse(fs *flag.FlagSet, args []string, env Env) (int, bool) {
	fs.SetOutput(env.Stderr)
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return ExitOK, false
			}
			return ExitUsage, false
		}
		rest := fs.Args()
		k := 0
		for k < len(rest) && (rest[k] == "-" || !strings.HasPrefix(rest[k], "-")) {
			k++
		}
		paths = append(paths, rest[:k]...)
		if k == len(rest) || rest[k] == "--" {
			if k < len(rest) {
				paths = append(paths, rest[k+1:]...)
			}
			break
		}
		args = rest[k:] // flags after paths: "dyad analyze FILE --format table"
	}
	_ = fs.Parse(append([]string{"--"}, paths...))
	return 0, true
}

func newFlagSet(name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: dyad %s [flags] %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// Stdio is the process environment.
func Stdio() Env { return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr} }
