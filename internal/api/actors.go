package api

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	"github.com/dyad-project/dyad/internal/api/query"
)

// ActorCount is one row of /api/actors.
type ActorCount struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	AsSource int64  `json:"as_source"`
	AsTarget int64  `json:"as_target"`
	Total    int64  `json:"total"`
}

// ActorList is the /api/actors response.
type ActorList struct {
	Actors []ActorCount `json:"actors"`
}

// Partner is an actor on the other side of an actor's events.
type Partner struct {
	Code          string  `json:"code"`
	Name          string  `json:"name"`
	Count         int64   `json:"count"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// ActorDetail is the /api/actors/{code} response.
type ActorDetail struct {
	Code       string    `json:"code"`
	Name       string    `json:"name"`
	AsSource   int64     `json:"as_source"`
	AsTarget   int64     `json:"as_target"`
	FirstDate  *string   `json:"first_date"`
	LastDate   *string   `json:"last_date"`
	TopTargets []Partner `json:"top_targets"`
	TopSources []Partner `json:"top_sources"`
}

// latest is the condition (without arguments) excluding superseded
// document versions.
func (s *server) latest(ctx context.Context) (string, error) {
	var f query.Filter
	if err := f.LoadSuperseded(ctx, s.db); err != nil {
		return "", err
	}
	return f.Where().SQL(), nil
}

// actorsSQL counts actors on both sides; %[1]s is the latest-version
// condition, %[2]s the search condition on code/name.
const actorsSQL = `WITH a AS (
	SELECT e.source_code AS code, e.source_name AS name, 1 AS s, 0 AS t FROM events e
	WHERE e.source_code <> '' AND %[1]s AND %[2]s
	UNION ALL
	SELECT e.target_code, e.target_name, 0, 1 FROM events e
	WHERE e.target_code <> '' AND %[1]s AND %[3]s)
SELECT code, coalesce(mode(name), ''), sum(s), sum(t), count(*) FROM a
GROUP BY code ORDER BY count(*) DESC, code LIMIT ?`

// actors serves GET /api/actors.
func (s *server) actors(r *http.Request) (any, error) {
	limit, err := intParam(r, "limit", DefaultLimit, 1, MaxLimit)
	if err != nil {
		return nil, err
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	condS, condT, args := "TRUE", "TRUE", []any{}
	if q != "" {
		condS = `(starts_with(e.source_code, ?) OR contains(lower(e.source_name), ?))`
		condT = `(starts_with(e.target_code, ?) OR contains(lower(e.target_name), ?))`
		args = []any{strings.ToUpper(q), strings.ToLower(q), strings.ToUpper(q), strings.ToLower(q)}
	}
	latest, err := s.latest(r.Context())
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(r.Context(), fmt.Sprintf(actorsSQL, latest, condS, condT), append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("actors query: %w", err)
	}
	defer rows.Close()
	out := ActorList{Actors: []ActorCount{}}
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.AsSource, &a.AsTarget, &a.Total); err != nil {
			return nil, fmt.Errorf("actors query: %w", err)
		}
		out.Actors = append(out.Actors, a)
	}
	return out, rows.Err()
}

// actorSQL summarises one actor code; %s is the latest condition.
const actorSQL = `SELECT count(*) FILTER (WHERE e.source_code = $1), count(*) FILTER (WHERE e.target_code = $1),
	min(` + query.DateExpr + `), max(` + query.DateExpr + `),
	coalesce(mode(CASE WHEN e.source_code = $1 THEN e.source_name ELSE e.target_name END), '')
FROM events e WHERE (e.source_code = $1 OR e.target_code = $1) AND %s`

// actor serves GET /api/actors/{code}.
func (s *server) actor(r *http.Request) (any, error) {
	code := r.PathValue("code")
	ctx := r.Context()
	a := &ActorDetail{Code: code}
	var first, last sql.NullTime
	latest, err := s.latest(ctx)
	if err != nil {
		return nil, err
	}
	err = s.db.QueryRowContext(ctx, fmt.Sprintf(actorSQL, latest), code).Scan(&a.AsSource, &a.AsTarget, &first, &last, &a.Name)
	if err != nil {
		return nil, fmt.Errorf("actor %s: %w", code, err)
	}
	if a.AsSource+a.AsTarget == 0 {
		return nil, errorf(http.StatusNotFound, "no events with actor code %q: codes are exact, try /api/actors?q=%s", code, code)
	}
	a.FirstDate, a.LastDate = datePtr(first), datePtr(last)
	if a.TopTargets, err = s.partners(ctx, code, "source", "target", latest); err != nil {
		return nil, err
	}
	if a.TopSources, err = s.partners(ctx, code, "target", "source", latest); err != nil {
		return nil, err
	}
	return a, nil
}

// partners lists the 10 commonest actors on side other of events whose
// side self is code.
func (s *server) partners(ctx context.Context, code, self, other, latest string) ([]Partner, error) {
	q := fmt.Sprintf(`SELECT e.%[2]s_code, coalesce(mode(e.%[2]s_name), ''), count(*), round(avg(e.goldstein), 4)
		FROM events e WHERE e.%[1]s_code = ? AND e.%[2]s_code <> '' AND %[3]s
		GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 10`, self, other, latest)
	rows, err := s.db.QueryContext(ctx, q, code)
	if err != nil {
		return nil, fmt.Errorf("actor %s partners: %w", code, err)
	}
	defer rows.Close()
	out := []Partner{}
	for rows.Next() {
		var p Partner
		if err := rows.Scan(&p.Code, &p.Name, &p.Count, &p.GoldsteinMean); err != nil {
			return nil, fmt.Errorf("actor %s partners: %w", code, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// datePtr formats a nullable date as a *string (nil → JSON null).
func datePtr(t sql.NullTime) *string {
	if !t.Valid {
		return nil
	}
	s := string(dateOf(t))
	return &s
}
