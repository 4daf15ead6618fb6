/*
 * tag: what cctag says about a sentence: the states, blocs, actors and
 * people it names, the events it reports with who did what to whom
 * (from, to, act), its topic, whether it quotes someone, and who speaks.
 * Rules work on the tokens and lexicon matches of lib/lex; a small
 * per-document memory resolves later short names ("Zhao") and carries an
 * open quotation into the next sentence.
 */
#ifndef CC_TAG_H
#define CC_TAG_H

#include <stddef.h>

#include "lex.h"

/* The keys cctag owns, in the order it writes them. */
enum tag_key {
	TAG_COUNTRY, TAG_ORG, TAG_ACTOR, TAG_PERSON, TAG_EVENT, TAG_FROM,
	TAG_TO, TAG_ACT, TAG_NEG, TAG_TOPIC, TAG_QUOTE, TAG_SPEAKER, TAG_NKEYS
};

extern const char *const tag_keys[TAG_NKEYS];

/* One output tag; val points into the lexicon or the tagger. */
struct tag {
	enum tag_key	 key;
	const char	*val;
	size_t		 vlen;
};

struct tagger;

/* Returns a tagger over lx (which must outlive it), or NULL. */
struct tagger	*tag_new(const struct lex *lx);
void		 tag_free(struct tagger *);

/*
 * Tags one sentence of document doc. dateline says the record is a
 * dateline, whose place is not tagged. Returns the number of tags, their
 * array in *out in the order of tag_keys (valid until the next call), or
 * -1 when out of memory.
 */
long		 tag_text(struct tagger *, const char *doc, size_t doclen,
		    const char *text, size_t len, int dateline,
		    const struct tag **out);

/* Returns the index of key in tag_keys, or -1 when cctag does not own it. */
int		 tag_owned(const char *key, size_t klen);

#endif
