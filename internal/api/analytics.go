package api

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/dyad-project/dyad/internal/api/query"
)

// Bucket is one period of a timeline.
type Bucket struct {
	Period        string   `json:"period"`
	Count         int64    `json:"count"`
	Quad          [4]int64 `json:"quad"`
	GoldsteinSum  float64  `json:"goldstein_sum"`
	GoldsteinMean float64  `json:"goldstein_mean"`
}

// Timeline is the /api/timeline response.
type Timeline struct {
	Interval string   `json:"interval"`
	Buckets  []Bucket `json:"buckets"`
}

// timelineFilter reads the event filters with timeline's reading of
// source/target: a pair in either direction unless directed=1.
func timelineFilter(r *http.Request) (query.Filter, error) {
	v := r.URL.Query()
	f, err := query.Parse(v)
	if err != nil || v.Get("directed") == "1" {
		return f, err
	}
	switch {
	case f.Source != "" && f.Target != "":
		f.DyadA, f.DyadB, f.Directed = f.Source, f.Target, false
		f.Source, f.Target = "", ""
	case f.Source != "" && f.Actor == "":
		f.Actor, f.Source = f.Source, ""
	case f.Target != "" && f.Actor == "":
		f.Actor, f.Target = f.Target, ""
	}
	return f, nil
}

// timelineSQL buckets events by period.
const timelineSQL = `SELECT CAST(date_trunc('%[1]s', ` + query.DateExpr + `) AS DATE) AS period, count(*),
	count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),
	count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),
	round(sum(e.goldstein), 4), round(avg(e.goldstein), 4)
FROM events e WHERE ` + query.DateExpr + ` IS NOT NULL AND %[2]s
GROUP BY period ORDER BY period`

// timeline serves GET /api/timeline.
func (s *server) timeline(r *http.Request) (any, error) {
	interval := r.URL.Query().Get("interval")
	switch interval {
	case "":
		interval = "month"
	case "day", "week", "month":
	default:
		return nil, errorf(http.StatusBadRequest, "interval %q: want day, week or month", interval)
	}
	f, err := timelineFilter(r)
	if err != nil {
		return nil, badRequest(err)
	}
	if err := f.LoadSuperseded(r.Context(), s.db); err != nil {
		return nil, err
	}
	w := f.Where()
	rows, err := s.db.QueryContext(r.Context(), fmt.Sprintf(timelineSQL, interval, w.SQL()), w.Args()...)
	if err != nil {
		return nil, fmt.Errorf("timeline query: %w", err)
	}
	defer rows.Close()
	out := Timeline{Interval: interval, Buckets: []Bucket{}}
	for rows.Next() {
		var b Bucket
		var period sql.NullTime
		if err := rows.Scan(&period, &b.Count, &b.Quad[0], &b.Quad[1], &b.Quad[2], &b.Quad[3],
			&b.GoldsteinSum, &b.GoldsteinMean); err != nil {
			return nil, fmt.Errorf("timeline query: %w", err)
		}
		b.Period = string(dateOf(period))
		out.Buckets = append(out.Buckets, b)
	}
	return out, rows.Err()
}

// Node is an actor of the network.
type Node struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	OutCount int64  `json:"out_count"`
	InCount  int64  `json:"in_count"`
}

// Edge is the directed source→target tie of the network.
type Edge struct {
	Source        string     `json:"source"`
	Target        string     `json:"target"`
	Count         int64      `json:"count"`
	GoldsteinMean float64    `json:"goldstein_mean"`
	QuadShares    [4]float64 `json:"quad_shares"`
}

// Network is the /api/network response.
type Network struct {
	Nodes []*Node `json:"nodes"`
	Edges []Edge  `json:"edges"`
}

// networkSQL aggregates directed edges.
const networkSQL = `SELECT e.source_code, e.target_code, count(*) AS n, round(avg(e.goldstein), 4),
	round(avg(CAST(e.quad_class = 1 AS DOUBLE)), 4), round(avg(CAST(e.quad_class = 2 AS DOUBLE)), 4),
	round(avg(CAST(e.quad_class = 3 AS DOUBLE)), 4), round(avg(CAST(e.quad_class = 4 AS DOUBLE)), 4),
	coalesce(mode(e.source_name), ''), coalesce(mode(e.target_name), '')
FROM events e WHERE e.source_code <> '' AND e.target_code <> '' AND %s
GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY n DESC, 1, 2 LIMIT ?`

// network serves GET /api/network.
func (s *server) network(r *http.Request) (any, error) {
	f, err := query.Parse(r.URL.Query())
	if err != nil {
		return nil, badRequest(err)
	}
	minCount, err := intParam(r, "min", 1, 1, 1<<30)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", 500, 1, 5000)
	if err != nil {
		return nil, err
	}
	if err := f.LoadSuperseded(r.Context(), s.db); err != nil {
		return nil, err
	}
	w := f.Where()
	rows, err := s.db.QueryContext(r.Context(), fmt.Sprintf(networkSQL, w.SQL()), append(w.Args(), minCount, limit)...)
	if err != nil {
		return nil, fmt.Errorf("network query: %w", err)
	}
	defer rows.Close()
	out := Network{Nodes: []*Node{}, Edges: []Edge{}}
	nodes := map[string]*Node{}
	node := func(code, name string) *Node {
		n := nodes[code]
		if n == nil {
			n = &Node{Code: code, Name: name}
			nodes[code] = n
			out.Nodes = append(out.Nodes, n)
		}
		return n
	}
	for rows.Next() {
		var e Edge
		var sn, tn string
		if err := rows.Scan(&e.Source, &e.Target, &e.Count, &e.GoldsteinMean,
			&e.QuadShares[0], &e.QuadShares[1], &e.QuadShares[2], &e.QuadShares[3], &sn, &tn); err != nil {
			return nil, fmt.Errorf("network query: %w", err)
		}
		node(e.Source, sn).OutCount += e.Count
		node(e.Target, tn).InCount += e.Count
		out.Edges = append(out.Edges, e)
	}
	return out, rows.Err()
}
