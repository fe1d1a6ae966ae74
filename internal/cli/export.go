package cli

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"strings"

	"github.com/dyad-project/dyad/internal/api/query"
	"github.com/dyad-project/dyad/internal/export"
	"github.com/dyad-project/dyad/internal/store"
)

// exportFilterHelp describes each filter flag of `dyad export`.
var exportFilterHelp = map[string]string{
	"actor": "actor on either side: code prefix or name substring", "source": "source actor (code prefix or name substring)",
	"target": "target actor", "dyad": "A,B (either direction) or A>B (directed)",
	"country": "country code of the location or either actor", "cameo": "CAMEO code or prefix",
	"root": "CAMEO root codes, comma-separated", "plover": "PLOVER types, comma-separated",
	"quad": "quad classes 1-4, comma-separated", "from": "first event date YYYY-MM-DD",
	"to": "last event date YYYY-MM-DD", "q": "text in the evidence sentence", "outlet": "news source, exact",
}

// runExport is `dyad export`.
func runExport(env Env, args []string) int {
	fs := newFlagSet("export", "", "Writes stored events as GDELT 2.0 event rows (tab-separated, no header, GDELT's 61 columns\nthen dyad's), PLOVER JSON Lines, CSV with a header, or Parquet. Filters are those of /api/events.")
	format := fs.String("format", "csv", "output format: "+strings.Join(export.Formats, ", "))
	out := fs.String("out", "", "output file (default standard output)")
	dbPath := fs.String("db", defaultDB, "DuckDB database file")
	filters := map[string]*string{}
	for _, p := range query.Params {
		filters[p] = fs.String(p, "", exportFilterHelp[p])
	}
	if st, ok := parse(fs, args, env); !ok {
		return st
	}
	v := url.Values{}
	for name, val := range filters {
		if *val != "" {
			v.Set(name, *val)
		}
	}
	f, err := query.Parse(v)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad export: --%v\n", err)
		return ExitUsage
	}
	n, err := exportTo(env, *dbPath, *out, export.Options{Format: *format, Filter: f})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad export: %v\n", err)
		return ExitPartial
	}
	if *out != "" {
		fmt.Fprintf(env.Stderr, "dyad export: %d events to %s\n", n, *out)
	}
	return ExitOK
}

// exportTo opens the store and the destination and runs the export.
func exportTo(env Env, dbPath, out string, opt export.Options) (int64, error) {
	st, err := store.Open(dbPath)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opt.Out = env.Stdout
	if out == "" || opt.Format == "parquet" {
		opt.Path = out
		return export.Run(ctx, st.DB(), opt)
	}
	f, err := os.Create(out)
	if err != nil {
		return 0, fmt.Errorf("create %s: %w", out, err)
	}
	opt.Out = f
	n, err := export.Run(ctx, st.DB(), opt)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", out, cerr)
	}
	return n, err
}
