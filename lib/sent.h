/*
 * sent: English sentence boundaries in one paragraph of clean text.
 *
 * The input is valid UTF-8 whose white space is already folded to single
 * spaces with none at either end (what ccsplit builds per paragraph). The
 * rules are data: abbreviation classes, sentence starters and character
 * classes in tables in sent.c, applied at the few bytes that can end a
 * sentence (. ! ? and the ellipsis), so ordinary bytes cost one table
 * look-up.
 */
#ifndef CC_SENT_H
#define CC_SENT_H

#include <stddef.h>

struct sent_span {
	size_t	start;		/* first byte */
	size_t	end;		/* one past the last byte */
};

/* A reusable vector of spans: one allocation kept across paragraphs. */
struct sentv {
	struct sent_span *v;
	size_t		  n, cap;
};

/*
 * Splits s[0..len) into sentences, replacing the contents of sv. Spans
 * cover the text in order, without the single spaces between them.
 * Returns the number of sentences, or -1 when out of memory.
 */
long	sent_split(struct sentv *sv, const char *s, size_t len);

void	sent_free(struct sentv *);

/*
 * Returns the abbreviation class of the word w (without its full stop),
 * one of the SENT_ values, for tests and for page analysis.
 */
enum {
	SENT_WORD,		/* not an abbreviation */
	SENT_PRE,		/* never ends a sentence: Mr, Dr, Mt, e.g */
	SENT_NUM,		/* goes before a number: p, No, vol, Apr */
	SENT_POST		/* may end one: Co, Inc, etc */
};
int	sent_abbrev(const char *w, size_t len);

#endif
