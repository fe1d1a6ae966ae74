// Package clean removes scraped page junk from a document and normalises its
// text, so that later stages see only the article's own sentences.
//
// # Normalisation policy
//
// Normalize keeps text readable but uniform:
//   - Unicode NFC; zero-width characters, soft hyphens, bidi marks and control
//     characters are removed; every Unicode space (including no-break spaces)
//     becomes an ASCII space; runs of white space collapse to one space and
//     the ends are trimmed.
//   - Double quotes “ ” „ ‟ « » ″ ‶ become ASCII ". Single quotes and
//     apostrophes ‘ ’ ‚ ‛ ′ become ASCII '.
//   - The ellipsis character … becomes "...".
//   - Hyphen variants (U+2010, U+2011), the figure dash, the minus sign and
//     the en dash become "-" with the surrounding spacing kept as found, so
//     "1950–53" becomes "1950-53" and "a – b" becomes "a - b".
//   - Em dashes and horizontal bars become "-" too; an em dash written without
//     spaces between words gets spaces ("plan—which" becomes "plan - which")
//     so it is not mistaken for a hyphenated compound. Between digits it stays
//     unspaced.
//
// # Junk policy
//
// Junk is context-free: it judges one line alone (advertising slugs,
// related-content and share/subscribe prompts, cookie banners, media
// durations, photo credits and captions, bylines, dates, copyright lines,
// menus, single words, headline slugs such as "leaders agree pact 2"). Its
// prompt rules never fire on a line that reads like reported speech ("...,
// she said."), so real sentences that merely contain words such as "share",
// "video" or "read more" survive.
//
// Document adds context rules on whole paragraphs:
//   - the headline repeated as the first paragraph, or its slug, is dropped;
//   - a paragraph that appears twice (verbatim) is kept once when it reads
//     like a sentence (final punctuation and more than 8 words), otherwise
//     every copy is dropped (video titles, captions);
//   - short lines (at most 14 words, no final punctuation) right after a
//     media or related-content marker are dropped (video and related titles);
//   - a short line without final punctuation that sits between two body
//     paragraphs is dropped: at most 6 words it is a section heading such as
//     "Tougher penalties", 7 to 14 words it is a related-article or video
//     title; a line that starts with a quote, ends with a colon or carries an
//     attribution verb (said, says, told, according to) is always kept;
//   - after the last body paragraph, short unpunctuated lines (publisher and
//     author names) and author biographies are dropped.
//
// A body paragraph is one that ends with sentence punctuation, starts with a
// quote, or has more than 14 words; such a paragraph is never dropped by a
// context rule.
package clean
