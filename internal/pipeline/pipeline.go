// Package pipeline wires dyad's stages together: cleaning, sentence
// splitting, language analysis and event coding, over one document at a
// time. It knows nothing of storage, HTTP or Beam.
package pipeline

import (
	"fmt"
	"os"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/event"
	"github.com/dyad-project/dyad/internal/geo"
	"github.com/dyad-project/dyad/internal/nlp"
	"github.com/dyad-project/dyad/internal/quote"
	"github.com/dyad-project/dyad/internal/segment"
	"github.com/dyad-project/dyad/internal/temporal"
)

// Config selects dictionaries and coding options.
type Config struct {
	Dicts     []string // extra dictionary files (dyad or PETRARCH format)
	NoBuiltin bool     // use only Dicts
	All       bool     // emit negated and hypothetical events too
	Date      doc.Date // document date when the input has none
}

// Pipeline runs every stage over documents. It is safe for concurrent use.
type Pipeline struct {
	coder *event.Coder
	cfg   Config
	gaz   *geo.Gazetteer
}

// New loads the dictionaries and builds the stages.
func New(cfg Config) (*Pipeline, error) {
	dicts, err := LoadDicts(cfg.Dicts, cfg.NoBuiltin)
	if err != nil {
		return nil, err
	}
	ann, err := nlp.NewAnnotator()
	if err != nil {
		return nil, fmt.Errorf("loading the part-of-speech model: %w", err)
	}
	gaz, err := geo.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the gazetteer: %w", err)
	}
	c := event.New(event.Config{Patterns: dicts.Patterns, Codebook: dicts.Codebook, Actors: dicts.Actors, Annotator: ann})
	return &Pipeline{coder: c, cfg: cfg, gaz: gaz}, nil
}

// Coder returns the event coder (for explanations).
func (p *Pipeline) Coder() *event.Coder { return p.coder }

// Process runs cleaning, splitting and coding on d. A document that came
// in with errors (unreadable input) is left as it is.
func (p *Pipeline) Process(d *doc.Document) {
	if len(d.Errors) > 0 && d.Raw == nil {
		return
	}
	if d.Date == "" {
		d.Date = p.cfg.Date
	}
	if d.Raw != nil {
		clean.Document(d)
	}
	segment.Document(d)
	p.coder.Code(d, event.Options{All: p.cfg.All, Date: p.cfg.Date})
	quote.Find(d)
	p.gaz.Document(d)
	temporal.Document(d)
	ensureLists(d)
}

// ensureLists makes every list of the output contract non-nil, so JSON
// shows [] rather than null.
func ensureLists(d *doc.Document) {
	if d.Authors == nil {
		d.Authors = []string{}
	}
	if d.Sentences == nil {
		d.Sentences = []doc.Sentence{}
	}
	if d.Entities == nil {
		d.Entities = []doc.Entity{}
	}
	if d.Events == nil {
		d.Events = []doc.Event{}
	}
	if d.Quotes == nil {
		d.Quotes = []doc.Quote{}
	}
	if d.Locations == nil {
		d.Locations = []doc.Location{}
	}
	if d.Errors == nil {
		d.Errors = []doc.ErrorEntry{}
	}
}

// Dicts is the full set of dictionaries a coder is built from.
type Dicts struct {
	Actors   *actor.Dict
	Patterns *event.PatternSet
	Codebook event.Codebook
}

// LoadDicts loads the built-in dictionaries (unless noBuiltin) plus every
// extra file; a file's kind is told by its content.
func LoadDicts(files []string, noBuiltin bool) (*Dicts, error) {
	d := &Dicts{Actors: &actor.Dict{}, Patterns: &event.PatternSet{}}
	cb, err := event.BuiltinCodebook()
	if err != nil {
		return nil, fmt.Errorf("built-in codebook: %w", err)
	}
	d.Codebook = cb
	if !noBuiltin {
		if err := d.addBuiltins(); err != nil {
			return nil, err
		}
	}
	for _, f := range files {
		if err := d.addFile(f); err != nil {
			return nil, err
		}
	}
	event.ExtendCodebook(d.Codebook, d.Patterns)
	return d, nil
}

func (d *Dicts) addBuiltins() error {
	a, err := actor.Builtin()
	if err != nil {
		return fmt.Errorf("built-in actor dictionaries: %w", err)
	}
	p, err := event.BuiltinPatterns()
	if err != nil {
		return fmt.Errorf("built-in verb patterns: %w", err)
	}
	d.Actors.Merge(a)
	d.Patterns.Merge(p)
	return nil
}

// addFile loads one user dictionary: PETRARCH/TABARI files are recognised
// by their content, dyad files by their record headers.
func (d *Dicts) addFile(path string) error {
	kind, err := sniffDict(path)
	if err != nil {
		return err
	}
	switch kind {
	case "patterns":
		p, err := loadPatternFile(path)
		if err != nil {
			return err
		}
		d.Patterns.Merge(p)
	case "actors":
		a, err := actor.LoadFile(path)
		if err != nil {
			return err
		}
		d.Actors.Merge(a)
	default:
		return d.addPetrarch(path, kind)
	}
	return nil
}

func loadPatternFile(path string) (*event.PatternSet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("pattern dictionary: %w", err)
	}
	defer f.Close()
	return event.ParsePatterns(f, path)
}
