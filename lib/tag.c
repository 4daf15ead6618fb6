/*
 * tag: the rules that turn lexicon matches into cctag's tags. A sentence
 * becomes a list of mentions (parties, cues, topic words); each event cue
 * then looks for its parties by its form: the subject group before a verb
 * and the object group after it, the agent after "by" in the passive, the
 * parties attached to a noun by "by", "of", "against" or a possessive, the
 * subject of the clause for "behind", the party after "to" for
 * "attributed". DESIGN.md section 3 and the gold conventions of
 * corpus/README.md decide the details. All buffers are reused, so a
 * record costs no allocation once the first ones have grown.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lex.h"
#include "tag.h"

const char *const tag_keys[TAG_NKEYS] = {
	"country", "org", "actor", "person", "event", "from", "to", "act",
	"neg", "topic", "quote", "speaker"
};

enum mkind { M_PARTY, M_CUE, M_NOT };

struct mention {
	uint32_t		 t0, t1;	/* tokens [t0, t1) */
	const struct lexent	*e;
	const char		*party;		/* code or name, for parties */
	const char		*spk;		/* speaker value */
	uint8_t			 kind;
	uint8_t			 cv;		/* CV_ code of a cue */
	uint8_t			 fm;		/* FM_ code of its form */
	uint8_t			 host;		/* placed: after "in", a mission's host */
	uint8_t			 poss;		/* followed by 's */
};

struct act {
	const char	*ev, *from, *to;
	size_t		 pos;		/* token after the cue */
};

#define DOCPEOPLE	32
#define DOCWORDS	96
#define TAG_MAXMENTIONS	1000
#define MAXSIDE		16

struct tagger {
	const struct lex	*lx;
	struct lextoks		 tk;
	const char		*text;
	struct mention		*m;
	size_t			 nm, mcap;
	struct act		*a;
	size_t			 na, acap;
	struct tag		*out;
	size_t			 nout, ocap;
	struct tag		*sorted;	/* out in the order of keys */
	size_t			 scap;
	struct buf		 acts;		/* act strings */
	struct buf		 doc;		/* current document id */
	const struct lexent	*people[DOCPEOPLE];
	size_t			 npeople;
	struct {
		const char		*w;
		size_t			 n;
		const struct lexent	*e;
	}			 words[DOCWORDS];	/* of their names */
	size_t			 nwords;
	struct lexent		 newp[DOCPEOPLE];	/* people found by */
	char			 newname[DOCPEOPLE][64];	/* their place */
	size_t			 nnewp;
	size_t			 newend;	/* token after the last one */
	int			 inquote;
	const struct mention	*claimant;	/* the first speaker */
	size_t			 cfirst;	/* the first of its group */
	struct lexent		 grp[8];	/* groups named by suffix */
	size_t			 ngrp;
	uint32_t		 grp0[8];	/* their first tokens */
	struct buf		 names;		/* their names */
	size_t			 saypos;	/* token of its verb */
	size_t			 sayend;
	size_t			 curpos;	/* of the cue being handled */
	const char		*accusers[MAXSIDE];	/* of rejected claims */
	size_t			 naccusers;
	uint32_t		 q0[8], q1[8];	/* quoted token ranges */
	uint8_t			*cls;		/* C_ flags of each token */
	struct {
		const struct lexent	*e;
		uint8_t			 cv, fm;
	}			 cvc[64];	/* codes of cue entries seen */
	size_t			 clscap;
	struct cword {
		const char	*w;
		uint32_t	 hash, len;
		uint8_t		 flags;
	}			 cw[256];	/* clause words by hash */
	size_t			 nq;
};

static const char yes[] = "yes";
enum {
	C_BOUND = 1, C_JOIN = 2, C_PRONOUN = 4, C_OFFICE = 8, C_BEAUX = 16,
	C_TARGET = 32
};

/*
 * Cue values as small codes, so that the rules compare bytes, not strings;
 * the event values come first, in the order of cvnames.
 */
enum {
	CV_NONE, CV_ACCUSE, CV_DENY, CV_DENOUNCE, CV_SANCTION, CV_CHARGE,
	CV_VICTIM, CV_DEMAND, CV_THREATEN, CV_SAY, CV_NEG, CV_HYP, CV_MISSION,
	CV_ATTACK
};
enum { FM_VERB, FM_NOUN, FM_PRED, FM_ATTR, FM_PREP, FM_LIST };
static const char *const fmnames[] = {
	"verb", "noun", "pred", "attr", "prep", "list", NULL
};
static const char *const cvnames[] = {
	"", "accuse", "deny", "denounce", "sanction", "charge", "victim",
	"demand", "threaten", "say", "neg", "hyp", "mission", "attack", NULL
};

void
tag_free(struct tagger *tg)
{
	if (tg == NULL)
		return;
	lex_toks_free(&tg->tk);
	free(tg->m);
	free(tg->a);
	free(tg->out);
	free(tg->sorted);
	free(tg->cls);
	buf_free(&tg->names);
	buf_free(&tg->acts);
	buf_free(&tg->doc);
	free(tg);
}

int
tag_owned(const char *key, size_t klen)
{
	int i;

	/* Called for every field: most keys differ in their first byte. */
	for (i = 0; i < TAG_NKEYS; i++)
		if (tag_keys[i][0] == key[0] && strlen(tag_keys[i]) == klen &&
		    memcmp(tag_keys[i], key, klen) == 0)
			return i;
	return -1;
}

static void *
grow(void *p, size_t *cap, size_t n, size_t sz)
{
	void *np;
	size_t ncap;

	if (n < *cap)
		return p;
	ncap = *cap ? *cap * 2 : 64;
	if ((np = reallocarray(p, ncap, sz)) == NULL)
		return NULL;
	*cap = ncap;
	return np;
}

/*
 * Token helpers. tokis(tg, i, "word") compares token i with a string
 * literal, its length known at compile time.
 */
static int
tokis_n(const struct tagger *tg, size_t i, const char *w, size_t n)
{
	const struct lextok *t;

	if (i >= tg->tk.n)
		return 0;
	t = &tg->tk.t[i];
	return t->flen == n && memcmp(tg->tk.fold.p + t->foff, w, n) == 0;
}

#define tokis(tg, i, w)	tokis_n((tg), (i), "" w, sizeof(w) - 1)

static int
tokin(const struct tagger *tg, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (tokis_n(tg, i, *list, strlen(*list)))
			return 1;
	return 0;
}

/* Words that end a clause when looking for a verb's parties. */
static const char *const bounds[] = {
	";", "while", "although", "but", "whereas", "after", "when",
	"because", "though", "which", "who", "before", "unlike", "despite",
	NULL
};

/* Words that may join the members of one group of parties. */
static const char *const joins[] = {
	",", "and", "or", "&", "the", "its", "as", "well", "some", "of",
	"allies", "such", "like", "close", "associates", "-", "partners",
	NULL
};

static const char *const beaux[] = {
	"was", "were", "been", "being", "is", "are", "be", "had", NULL
};

/* Whether word token i ends in suffix sfx (folded). */
static int
tokends(const struct tagger *tg, size_t i, const char *sfx)
{
	const struct lextok *t;
	size_t n = strlen(sfx);

	if (i >= tg->tk.n)
		return 0;
	t = &tg->tk.t[i];
	return t->isword && t->flen > n && memcmp(tg->tk.fold.p + t->foff +
	    t->flen - n, sfx, n) == 0;
}

static int
isbound(const struct tagger *tg, size_t i)
{
	return i < tg->tk.n && (tg->cls[i] & C_BOUND);
}

/* Whether token i is a word of class flag (C_OFFICE, C_BEAUX...). */
static int
hascls(const struct tagger *tg, size_t i, int flag)
{
	return i < tg->tk.n && (tg->cls[i] & flag);
}

/* Index of the first party mention starting at or after token t, or nm. */
static size_t
party_after(const struct tagger *tg, size_t t, size_t limit, int nohost)
{
	size_t j;

	for (j = 0; j < tg->nm; j++) {
		const struct mention *m = &tg->m[j];

		if (m->t0 < t)
			continue;
		if (m->t0 >= limit)
			break;
		if (m->kind == M_PARTY && !(nohost && m->host))
			return j;
	}
	return tg->nm;
}

/* Whether tokens [a, b) are all joining words. */
static int
joined(const struct tagger *tg, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!(tg->cls[a] & C_JOIN))
			return 0;
	return 1;
}

/*
 * Collects into side[] the group of parties that starts with mention j
 * and goes on through joining words. Returns how many.
 */
static size_t
group_fwd(const struct tagger *tg, size_t j, const char **side, size_t n)
{
	size_t k = j;

	if (j >= tg->nm)
		return n;
	side[n++] = tg->m[j].party;
	for (k = j + 1; k < tg->nm && n < MAXSIDE; k++) {
		const struct mention *m = &tg->m[k], *p = &tg->m[j];

		if (m->kind != M_PARTY)
			break;
		if (!joined(tg, p->t1, m->t0))
			break;
		side[n++] = m->party;
		j = k;
	}
	return n;
}

/* Words before the target of an attack. */
static const char *const targets[] = {
	"against", "on", "in", "into", "of", "targeting", "targeted", "at",
	"hacking", "attacking", NULL
};

static const char *const pronouns[] = {
	"he", "she", "they", "it", "we", "i", NULL
};

/* Words for a state's people and offices: "China's embassy". */
static const char *const offices[] = {
	"embassy", "embassies", "mission", "government", "officials",
	"foreign", "ministry", "minister", "president", "leader",
	"spokesman", "spokeswoman", "spokesperson", "diplomats",
	"ambassador", "prime", "defence", "defense", "intelligence",
	"security", "authorities", "agency", "service", "media", "military",
	"police", "prosecutors", "directorate", "council", "office", "chief",
	"regulator", "cabinet", "secretary", "department", "army", NULL
};

static void
cw_add(struct tagger *tg, const char *const *list, uint8_t flag)
{
	for (; *list != NULL; list++) {
		uint32_t n = strlen(*list), h = lex_hash(*list, n), i;

		for (i = h & 255; tg->cw[i].w != NULL &&
		    strcmp(tg->cw[i].w, *list) != 0; i = (i + 1) & 255)
			;
		tg->cw[i].w = *list;
		tg->cw[i].hash = h;
		tg->cw[i].len = n;
		tg->cw[i].flags |= flag;
	}
}

/* The C_ flags of token i, found by the hash the tokenizer computed. */
static uint8_t
cw_flags(const struct tagger *tg, size_t i)
{
	const struct lextok *t = &tg->tk.t[i];
	uint32_t k;

	for (k = t->hash & 255; tg->cw[k].w != NULL; k = (k + 1) & 255)
		if (tg->cw[k].hash == t->hash && tg->cw[k].len == t->flen &&
		    memcmp(tg->cw[k].w, tg->tk.fold.p + t->foff, t->flen) == 0)
			return tg->cw[k].flags;
	return 0;
}

struct tagger *
tag_new(const struct lex *lx)
{
	struct tagger *tg = calloc(1, sizeof(*tg));

	if (tg == NULL)
		return NULL;
	tg->lx = lx;
	cw_add(tg, bounds, C_BOUND);
	cw_add(tg, joins, C_JOIN);
	cw_add(tg, pronouns, C_PRONOUN);
	cw_add(tg, offices, C_OFFICE);
	cw_add(tg, beaux, C_BEAUX);
	cw_add(tg, targets, C_TARGET);
	return tg;
}


/*
 * Whether possessive mention m ("X's") is followed by an office word:
 * "China's embassy", "South Korea's spy agency", "Poland's digital
 * affairs minister" are the state acting, "China's networks" are not.
 */
static int
office(const struct tagger *tg, const struct mention *m)
{
	size_t k;

	for (k = m->t1 + 2; k < m->t1 + 6 && k < tg->tk.n; k++) {
		if (!tg->tk.t[k].isword)
			return 0;
		if (hascls(tg, k, C_OFFICE))
			return 1;
	}
	return 0;
}

/*
 * The subject group before token t: the nearest party before t in the
 * clause that is no place and no possessive ("China's"), then the
 * parties joined to it before. A pronoun in between is the subject
 * instead. Sets *first and *last to mention indices; returns 0 when
 * there is none.
 */
static int
group_back_m(const struct tagger *tg, size_t t, size_t *first, size_t *last)
{
	size_t j, i, k;

	/*
	 * "Germany summoned the Russian ambassador and condemned": a verb
	 * after "and" shares the subject of the clause, the first party
	 * in it, not the object of the verb before.
	 */
	k = t;
	if (k > 0 && (tokis(tg, k - 1, "also") || tokends(tg, k - 1, "ly")))
		k--;
	if (k > 0 && tokis(tg, k - 1, "and")) {
		for (k--; k > 0 && !isbound(tg, k - 1); k--)
			;
		for (j = 0; j < tg->nm && tg->m[j].t1 <= t; j++) {
			const struct mention *m = &tg->m[j];

			if (m->t0 < k || m->kind != M_PARTY)
				continue;
			if (m->host || (m->poss && !office(tg, m)))
				break;
			*first = *last = j;
			while (*last + 1 < tg->nm && tg->m[*last + 1].t1 <= t &&
			    tg->m[*last + 1].kind == M_PARTY &&
			    joined(tg, tg->m[*last].t1, tg->m[*last + 1].t0))
				++*last;
			return 1;
		}
	}
	j = tg->nm;
	for (i = tg->nm; i-- > 0;) {
		const struct mention *m = &tg->m[i];
		int cut = 0;

		if (m->t1 > t || m->kind != M_PARTY || m->host ||
		    (m->poss && !office(tg, m)))
			continue;
		/* A pronoun right before the verb is its subject. */
		for (k = m->t1; k < t; k++)
			if ((tg->cls[k] & C_BOUND) ||
			    ((tg->cls[k] & C_PRONOUN) && k + 3 >= t))
				cut = 1;
		if (!cut)
			j = i;
		break;
	}
	if (j == tg->nm)
		return 0;
	*first = *last = j;
	for (i = j; i-- > 0;) {
		const struct mention *m = &tg->m[i];

		if (m->kind != M_PARTY)
			break;
		if (!joined(tg, m->t1, tg->m[*first].t0))
			break;
		*first = i;
	}
	return 1;
}

static size_t
group_back(const struct tagger *tg, size_t t, const char **side, size_t n)
{
	size_t first, last, i;

	if (!group_back_m(tg, t, &first, &last))
		return n;
	for (i = first; i <= last; i++)
		if (tg->m[i].kind == M_PARTY && n < MAXSIDE)
			side[n++] = tg->m[i].party;
	return n;
}

/* The end of the clause that starts after token t. */
static size_t
clause_end(const struct tagger *tg, size_t t)
{
	for (; t < tg->tk.n; t++)
		if (isbound(tg, t))
			return t;
	return tg->tk.n;
}

static int
addact(struct tagger *tg, const char *ev, const char *from, const char *to)
{
	size_t i;

	/* A person found by place with no state is no party. */
	if (from >= tg->newname[0] && from < tg->newname[DOCPEOPLE - 1] + 64)
		from = NULL;
	if (to >= tg->newname[0] && to < tg->newname[DOCPEOPLE - 1] + 64)
		to = NULL;
	if (from != NULL && to != NULL && strcmp(from, to) == 0)
		return 0;
	for (i = 0; i < tg->na; i++)
		if (tg->a[i].ev == ev && tg->a[i].from == from &&
		    tg->a[i].to == to)
			return 0;
	if ((tg->a = grow(tg->a, &tg->acap, tg->na, sizeof(*tg->a))) == NULL)
		return -1;
	tg->a[tg->na].ev = ev;
	tg->a[tg->na].from = from;
	tg->a[tg->na].to = to;
	tg->a[tg->na].pos = tg->curpos;
	tg->na++;
	return 0;
}

static int
addacts(struct tagger *tg, const char *ev, const char **from, size_t nf,
    const char **to, size_t nt)
{
	size_t i, j;

	for (i = 0; i < (nf ? nf : 1); i++)
		for (j = 0; j < (nt ? nt : 1); j++)
			if (addact(tg, ev, nf ? from[i] : NULL,
			    nt ? to[j] : NULL) == -1)
				return -1;
	return 0;
}

static int
addtag(struct tagger *tg, enum tag_key key, const char *val, size_t vlen)
{
	size_t i;

	for (i = 0; i < tg->nout; i++)
		if (tg->out[i].key == key && tg->out[i].vlen == vlen &&
		    memcmp(tg->out[i].val, val, vlen) == 0)
			return 0;
	if ((tg->out = grow(tg->out, &tg->ocap, tg->nout, sizeof(*tg->out))) ==
	    NULL)
		return -1;
	tg->out[tg->nout].key = key;
	tg->out[tg->nout].val = val;
	tg->out[tg->nout].vlen = vlen;
	tg->nout++;
	return 0;
}

static void	fillparty(const struct tagger *, struct mention *);

static int
addm(struct tagger *tg, size_t t0, size_t t1, const struct lexent *e,
    int kind)
{
	struct mention *m;

	if ((tg->m = grow(tg->m, &tg->mcap, tg->nm, sizeof(*tg->m))) == NULL)
		return -1;
	m = &tg->m[tg->nm++];
	memset(m, 0, sizeof(*m));
	m->t0 = t0;
	m->t1 = t1;
	m->e = e;
	m->kind = kind;
	if (kind == M_PARTY)
		fillparty(tg, m);
	else if (kind == M_CUE && e->type == LEX_CUE) {
		/* Codes are found once per entry, then from the cache. */
		size_t h = ((uintptr_t)e >> 4) & 63;

		if (tg->cvc[h].e != e) {
			uint8_t cv, fm = FM_VERB;

			for (cv = CV_ACCUSE; cvnames[cv] != NULL &&
			    strcmp(cvnames[cv], e->value) != 0; cv++)
				;
			if (e->form != NULL)
				for (fm = 0; fmnames[fm] != NULL &&
				    strcmp(fmnames[fm], e->form) != 0; fm++)
					;
			tg->cvc[h].e = e;
			tg->cvc[h].cv = cv;
			tg->cvc[h].fm = fmnames[fm] != NULL ? fm : FM_VERB;
		}
		m->cv = tg->cvc[h].cv;
		m->fm = tg->cvc[h].fm;
	}
	return 0;
}

/* Sets the party and speaker of a party mention from its entry. */
static void
fillparty(const struct tagger *tg, struct mention *m)
{
	const struct lexent *e = m->e;

	{
		if (e->type == LEX_COUNTRY || e->type == LEX_ORG)
			m->party = e->value;
		else if (e->type == LEX_ACTOR && e->state != NULL &&
		    (e->kind == NULL || strcmp(e->kind, "company") != 0))
			m->party = e->state;
		else if (e->type == LEX_PERSON && e->state != NULL)
			m->party = e->state;
		else if (e->type == LEX_GENERIC && e->state != NULL &&
		    strcmp(e->state, "*") != 0)
			m->party = e->state;
		else
			m->party = e->value;
		m->spk = e->type == LEX_PERSON ? e->value : m->party;
		m->poss = tokis(tg, m->t1, "'") && tokis(tg, m->t1 + 1, "s");
	}
}

static void
remember(struct tagger *tg, const struct lexent *e)
{
	const char *p;
	size_t i;

	for (i = 0; i < tg->npeople; i++)
		if (tg->people[i] == e || strcmp(tg->people[i]->value,
		    e->value) == 0)
			return;
	if (tg->npeople == DOCPEOPLE)
		return;
	tg->people[tg->npeople++] = e;
	/* Its words, so that recall compares lengths before bytes. */
	for (p = e->value; *p != '\0' && tg->nwords < DOCWORDS;) {
		size_t n = strcspn(p, " ");

		if (n >= 2) {
			tg->words[tg->nwords].w = p;
			tg->words[tg->nwords].n = n;
			tg->words[tg->nwords++].e = e;
		}
		p += n;
		while (*p == ' ')
			p++;
	}
}

/* Words of a person's role or office, before or after a name. */
static const char *const roles[] = {
	"spokesperson", "spokesman", "spokeswoman", "spokespeople",
	"secretary", "minister", "director", "officer", "officers",
	"analyst", "analysts", "researcher", "researchers", "chief",
	"ambassador", "envoy", "prosecutor", "president", "premier",
	"chancellor", "commissioner", "adviser", "advisor", "official",
	"officials", "lawyer", "attorney", "colonel", "captain",
	"lieutenant", "agent", "agents", "hacker", "hackers", "programmer",
	"national", "nationals", "citizen", "citizens", "senator",
	"lawmaker", "leader", "spy", "spies", "expert", "executive",
	"founder", "engineer", "investigator", "judge", "governor",
	"member", "members", "suspect", "suspects", "individuals", NULL
};

static const char *const titles[] = { "mr", "ms", "mrs", "dr", NULL };

static const char *const charging[] = {
	"sanctioned", "charged", "indicted", "arrested", "designated",
	"extradited", "named", NULL
};

/* Capitalised words that are no names. */
static const char *const notnames[] = {
	"the", "a", "an", "in", "on", "at", "for", "but", "and", "of",
	"deputy", "foreign", "interior", "defence", "defense", "prime",
	"vice", "senior", "general", "justice", "department", "ministry",
	"agency", "bureau", "office", "service", "company", "group", "inc",
	"ltd", "security", "cyber", "command", "council", "university",
	"institute", "team", "lab", "labs", "research", "intelligence",
	"government", "police", "court", "army", "unit", "corp",
	"corporation", "technologies", "technology", "systems", "networks",
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"treasury", "state", "house", "white", "federal", "national",
	"news", "agency", "party", "parliament", "embassy", NULL
};

/* A person seen earlier in the document named by one word of the name. */
static const struct lexent *
recall(const struct tagger *tg, size_t i)
{
	const struct lextok *t = &tg->tk.t[i];
	const char *w = tg->text + t->off;
	size_t k;

	int title;

	if (!t->isword || !t->upper || t->len < 2)
		return NULL;
	title = i >= 2 && tokis(tg, i - 1, ".") && tokin(tg, i - 2, titles);
	/*
	 * A short word is the family name of a three-word name ("Ri" of
	 * "Ri Chol Man") or comes after a title ("Mr. Ri").
	 */
	for (k = 0; k < tg->nwords; k++)
		if (tg->words[k].n == t->len &&
		    memcmp(tg->words[k].w, w, t->len) == 0 && (t->len >= 3 ||
		    title || (tg->words[k].w == tg->words[k].e->value &&
		    tg->words[k].e->ntok == 3)))
			return tg->words[k].e;
	return NULL;
}

/*
 * The state of a person found at tokens i..i+n, when the sentence says
 * it: before a role before the name ("British Foreign Secretary", "State
 * Department spokesperson"), in an apposition before its role ("a Russian
 * national", "a GRU officer"), or after the role ("a spokesman for the
 * Polish foreign ministry"). Clause flags are not known yet when people
 * are found: this and newperson look at punctuation only.
 */
static const char *
newstate(const struct tagger *tg, size_t i, size_t n)
{
	const struct lexent *c;
	size_t k, e2, lo;

	lo = i > 5 ? i - 5 : 0;
	if (i > 0 && tokin(tg, i - 1, roles))
		for (k = lo; k < i; k++)
			if ((c = lex_match(tg->lx, &tg->tk, tg->text, k, &e2,
			    -1)) != NULL && e2 <= i) {
				if (c->type == LEX_COUNTRY)
					return c->value;
				if (c->type == LEX_ACTOR && c->state != NULL)
					return c->state;
			}
	if (!tokis(tg, i + n, ","))
		return NULL;
	for (k = i + n + 1; k < tg->tk.n && k < i + n + 12; k++) {
		if (tokis(tg, k, ";") || tokis(tg, k, ",") || tokis(tg, k, "."))
			break;
		if ((c = lex_match(tg->lx, &tg->tk, tg->text, k, &e2,
		    -1)) != NULL) {
			if (c->type == LEX_COUNTRY)
				return c->value;
			if (c->type == LEX_ACTOR && c->state != NULL)
				return c->state;
		}
		if ((c = lex_match(tg->lx, &tg->tk, tg->text, k, &e2,
		    LEX_COUNTRY)) != NULL && c->type == LEX_COUNTRY)
			return c->value;
		if (tokin(tg, k, roles) && !tokis(tg, k + 1, "at") &&
		    !tokis(tg, k + 1, "for") && !tokis(tg, k + 1, "of") &&
		    !tokis(tg, k + 1, "with"))
			break;
	}
	return NULL;
}

/*
 * People not in the lexicon, found by their place: two or three
 * capitalised words after a role ("spokesperson Jane Roe", "Foreign
 * Secretary John Doe"), a title ("Mr. John Doe"), a verb of charging or
 * sanctioning ("charged John Doe"), a list ("two officers, John Doe and
 * Richard Roe"), or before an apposition with a role ("John Doe, a senior
 * official at", "Park Jin Hyok, a North Korean programmer"). The words
 * are no lexicon entry, no role and no common capitalised word. The
 * person has no state. Returns the entry, kept for the document, and sets
 * *end, or NULL.
 */
static const struct lexent *
newperson(struct tagger *tg, size_t i, size_t *end)
{
	size_t k, n, e2, len;
	struct lexent *e;
	int ok = 0;

	/* Cheap tests first: most capitalised words start no name. */
	if (!tg->tk.t[i].upper || i + 1 >= tg->tk.n ||
	    !tg->tk.t[i + 1].isword || !tg->tk.t[i + 1].upper)
		return NULL;
	for (n = 0; n < 4 && i + n < tg->tk.n; n++) {
		const struct lextok *t = &tg->tk.t[i + n];
		const char *w = tg->text + t->off;
		size_t c, low = 0;

		if (!t->isword || !t->upper || t->len < 2 || t->len > 20)
			break;
		for (c = 1; c < t->len; c++)
			low += w[c] >= 'a' && w[c] <= 'z';
		if (low == 0 || tokin(tg, i + n, roles) ||
		    tokin(tg, i + n, notnames) || tokin(tg, i + n, titles))
			return NULL;
		if (n > 0 && lex_match(tg->lx, &tg->tk, tg->text, i + n, &e2,
		    -1) != NULL)
			return NULL;
	}
	if (n < 2 || n > 3)
		return NULL;
	/* What stands before. */
	if (i > 0 && (tokin(tg, i - 1, roles) || tokin(tg, i - 1, charging)))
		ok = 1;
	else if (i > 2 && tokis(tg, i - 1, "state") && tokis(tg, i - 2, "of"))
		ok = 1;
	else if (i > 1 && tokis(tg, i - 1, ".") && tokin(tg, i - 2, titles))
		ok = 1;
	else if (i > 1 && (tokis(tg, i - 1, ",") || tokis(tg, i - 1, ":")) &&
	    tokin(tg, i - 2, roles))
		ok = 1;
	else if (i > 0 && tg->newend == i - 1 && (tokis(tg, i - 1, "and") ||
	    tokis(tg, i - 1, ",")))
		ok = 1;
	/* An apposition with a role after. */
	if (!ok && tokis(tg, i + n, ","))
		for (k = i + n + 1; k < tg->tk.n && k < i + n + 9; k++) {
			if (tokis(tg, k, ";") || tokis(tg, k, ",") ||
			    tokis(tg, k, "."))
				break;
			if (tokin(tg, k, roles)) {
				ok = 1;
				break;
			}
		}
	if (!ok)
		return NULL;
	len = tg->tk.t[i + n - 1].off + tg->tk.t[i + n - 1].len -
	    tg->tk.t[i].off;
	if (len >= sizeof(tg->newname[0]))
		return NULL;
	*end = i + n;
	for (k = 0; k < tg->nnewp; k++)
		if (tg->newp[k].vlen == len && memcmp(tg->newp[k].value,
		    tg->text + tg->tk.t[i].off, len) == 0)
			return &tg->newp[k];
	if (tg->nnewp == DOCPEOPLE)
		return NULL;
	e = &tg->newp[tg->nnewp];
	memset(e, 0, sizeof(*e));
	memcpy(tg->newname[tg->nnewp], tg->text + tg->tk.t[i].off, len);
	tg->newname[tg->nnewp][len] = '\0';
	e->value = e->phrase = tg->newname[tg->nnewp];
	e->vlen = len;
	e->type = LEX_PERSON;
	e->ntok = n;
	e->state = (char *)newstate(tg, i, n);
	tg->nnewp++;
	return e;
}

static int	inquote(const struct tagger *, size_t);
static int	isquote(int32_t);
static int	needmet(const struct tagger *, const struct mention *);
static int	partyends(const struct tagger *, size_t);

/*
 * The actor a name several states use stands for in this sentence: the
 * state named right before it ("Russia's foreign ministry"), the place
 * after it ("the Justice Department in Washington"), or the state of a
 * person named before it ("Zhao Lijian, a foreign ministry spokesman");
 * with none of them, the default entry. Returns the actor entry or NULL.
 */
static const struct lexent *
generic(struct tagger *tg, size_t j)
{
	const struct mention *g0 = &tg->m[j];
	const struct lexent *g, *c;
	const char *state = NULL;
	size_t k, end, t0 = g0->t0, t1 = g0->t1;

	if (j > 0) {
		const struct mention *p = &tg->m[j - 1];

		if (p->kind == M_PARTY && p->e->type == LEX_COUNTRY &&
		    (p->t1 == t0 || (p->poss && p->t1 + 2 == t0)))
			state = p->e->value;
	}
	k = t1 + 1 + tokis(tg, t1 + 1, "the");
	if (state == NULL && tokis(tg, t1, "in") && (c = lex_match(tg->lx,
	    &tg->tk, tg->text, k, &end, LEX_COUNTRY)) != NULL)
		state = c->value;
	/* "spokesman Zhao Lijian" after, or a person before. */
	if (state == NULL && j + 1 < tg->nm && tg->m[j + 1].kind == M_PARTY &&
	    tg->m[j + 1].e->type == LEX_PERSON && tg->m[j + 1].t0 <= t1 + 2)
		state = tg->m[j + 1].e->state;
	for (k = j; state == NULL && k-- > 0;)
		if (tg->m[k].kind == M_PARTY &&
		    tg->m[k].e->type == LEX_PERSON && tg->m[k].e->state != NULL)
			state = tg->m[k].e->state;
	g = lex_generic(tg->lx, g0->e, state);
	return g != NULL && g->ref != NULL ? g->ref : g;
}

static int
hasspeaker(const struct tagger *tg)
{
	size_t i;

	for (i = 0; i < tg->nout; i++)
		if (tg->out[i].key == TAG_SPEAKER)
			return 1;
	return 0;
}

static int cyber_reason(const struct tagger *, size_t);
static int ownthings(const struct tagger *);

static int
hastopic(const struct tagger *tg)
{
	size_t i;

	for (i = 0; i < tg->nout; i++)
		if (tg->out[i].key == TAG_TOPIC)
			return 1;
	return 0;
}

static int
iscue(const struct mention *m, int cv)
{
	return m->kind == M_CUE && m->cv == cv;
}

static int
isevent(const struct mention *m)
{
	return m->kind == M_CUE && m->cv >= CV_ACCUSE && m->cv <= CV_THREATEN;
}

/* Whether a neg or hyp cue stands shortly before token t in its clause. */
static int
negated(const struct tagger *tg, size_t j)
{
	size_t i, t = tg->m[j].t0;

	/* "urged them to sanction": not done, only asked for. */
	if (t > 0 && tokis(tg, t - 1, "to") &&
	    (&tg->m[j])->fm == FM_VERB)
		for (i = j; i-- > 0;) {
			if (iscue(&tg->m[i], CV_DEMAND))
				return 1;
			if (isbound(tg, tg->m[i].t1))
				break;
		}
	for (i = j; i-- > 0;) {
		const struct mention *m = &tg->m[i];
		size_t k;

		int far;

		if (m->t1 + 20 < t)
			break;
		if (!iscue(m, CV_NEG) && !iscue(m, CV_HYP))
			continue;
		/* A threat is conditional by nature: "would act if ...". */
		if (iscue(&tg->m[j], CV_THREATEN) && iscue(m, CV_HYP) &&
		    (tokis(tg, m->t0, "would") || tokis(tg, m->t0, "if")))
			continue;
		/* "neither party has moved, at least for now, to impose" */
		far = tokis(tg, m->t0, "neither") ||
		    tokends(tg, m->t0, "avoided") || tokis(tg, m->t0, "avoid");
		if ((!far && m->t1 + 4 < t) || m->t1 + 12 < t - 8 * far)
			continue;
		/*
		 * A far negation reaches into a relative clause of what it
		 * negates: "to impose sanctions to which the other will
		 * respond" is not done either.
		 */
		for (k = m->t1; k < t; k++)
			if ((isbound(tg, k) && !(far && tokis(tg, k,
			    "which"))) || (!far && tokis(tg, k, ",")))
				return 0;
		return 1;
	}
	return 0;
}

/* Whether token t follows "on", "against" (and "the"): an attack's target. */
static int
aftertarget(const struct tagger *tg, size_t t)
{
	if (t > 0 && tokis(tg, t - 1, "the"))
		t--;
	return t > 0 && (tokis(tg, t - 1, "on") || tokis(tg, t - 1,
	    "against") || tokis(tg, t - 1, "targeting"));
}

/*
 * Whether the participle at token t follows a noun that is no party:
 * "cyberattacks attributed to X" has no claimant before it.
 */
static int
reduced(const struct tagger *tg, size_t t)
{
	if (t == 0 || !tg->tk.t[t - 1].isword || partyends(tg, t))
		return 0;
	return !hascls(tg, t - 1, C_BEAUX) && !(tg->cls[t - 1] & C_PRONOUN) &&
	    !tokis(tg, t - 1, "and") && !tokis(tg, t - 1, "also") &&
	    !tokis(tg, t - 1, "has") && !tokis(tg, t - 1, "have") &&
	    !tokis(tg, t - 1, "they") && !tokends(tg, t - 1, "ly");
}

/* Whether a party mention ends at token k ("against Beijing by"). */
static int
partyends(const struct tagger *tg, size_t k)
{
	size_t i;

	for (i = 0; i < tg->nm; i++)
		if (tg->m[i].kind == M_PARTY && tg->m[i].t1 == k)
			return 1;
	return 0;
}

/*
 * Parties attached to a noun cue at mention j: the agent ("by X", "from
 * X", "of X", "X's") into from[], the target ("against X", "on X") into
 * to[].
 */
static void
noun_parties(const struct tagger *tg, size_t j, const char **from,
    size_t *nf, const char **to, size_t *nt)
{
	const struct mention *c = &tg->m[j];
	size_t t = c->t1, end = clause_end(tg, t), k, p;

	/* "Albania's accusations": the possessive and the group it ends. */
	if (j > 0 && tg->m[j - 1].kind == M_PARTY && tg->m[j - 1].poss &&
	    tg->m[j - 1].t1 + 2 >= c->t0) {
		for (p = j - 1; p > 0 && tg->m[p - 1].kind == M_PARTY &&
		    joined(tg, tg->m[p - 1].t1, tg->m[p].t0); p--)
			;
		for (; p < j && *nf < MAXSIDE; p++)
			from[(*nf)++] = tg->m[p].party;
	}
	for (k = t; k < end && k < t + 8; k++) {
		int target = tokis(tg, k, "against") || tokis(tg, k, "on") ||
		    (tokis(tg, k, "of") && k > 0 &&
		    tokis(tg, k - 1, "involvement"));
		/* "claims by X", "claims made by X", not "supported by X". */
		int agent = !target && (((tokis(tg, k, "by") ||
		    tokis(tg, k, "from")) && (k == t || (k == t + 1 &&
		    (tokis(tg, t, "made") || tokis(tg, t, ","))) ||
		    partyends(tg, k))) || (tokis(tg, k, "of") && k == t));

		if (!agent && !target)
			continue;
		p = party_after(tg, k + 1, k + 4, 0);
		if (p == tg->nm)
			continue;
		if (agent && *nf == 0)
			*nf = group_fwd(tg, p, from, *nf);
		else if (target && *nt == 0)
			*nt = group_fwd(tg, p, to, *nt);
	}
}

static int
events(struct tagger *tg)
{
	const char *from[MAXSIDE], *to[MAXSIDE];
	size_t j, nf, nt, i, k;
	int rejected;

	tg->naccusers = 0;
	for (j = 0; j < tg->nm; j++) {
		const struct mention *c = &tg->m[j];
		const char *ev;

		if (!isevent(c))
			continue;
		ev = c->e->value;
		nf = nt = 0;
		tg->curpos = c->t1;
		if (negated(tg, j)) {
			if (addtag(tg, TAG_NEG, ev, strlen(ev)) == -1)
				return -1;
			continue;
		}
		if (c->fm == FM_NOUN) {
			int object = 0;

			/* A noun rejected by a verb belongs to that event. */
			for (i = j; i-- > 0 && tg->m[i].t1 + 6 >= c->t0;)
				if ((isevent(&tg->m[i]) &&
				    (&tg->m[i])->fm == FM_VERB) ||
				    /* "called the allegations a ploy" */
				    (iscue(&tg->m[i], CV_SAY) &&
				    (tokis(tg, tg->m[i].t0, "called") ||
				    tokis(tg, tg->m[i].t0, "calling") ||
				    tokis(tg, tg->m[i].t0, "described"))))
					object = 1;
			if (object) {
				size_t na2 = 0;

				noun_parties(tg, j, from, &nf, to, &na2);
				for (i = 0; i < nf && tg->naccusers < MAXSIDE;
				    i++)
					tg->accusers[tg->naccusers++] = from[i];
				continue;
			}
			noun_parties(tg, j, from, &nf, to, &nt);
			if (nf == 0 && nt == 0)
				continue;
		} else if (c->fm == FM_PRED || c->fm == FM_PREP) {
			/*
			 * pred: the subject is the target ("Y was behind");
			 * prep: the party it governs when one follows ("linked
			 * to Y"), else the subject.
			 */
			nt = 0;
			if (c->fm == FM_PREP) {
				i = party_after(tg, c->t1, c->t1 + 4, 0);
				if (i < tg->nm &&
				    clause_end(tg, c->t1) > tg->m[i].t0)
					nt = group_fwd(tg, i, to, 0);
			}
			if (nt == 0)
				nt = group_back(tg, c->t0, to, 0);
			if (nt == 0)
				continue;
			/*
			 * The claimant: the subject of the nearest verb of
			 * saying or event before ("who say Y is behind").
			 */
			for (i = j; i-- > 0;)
				if (iscue(&tg->m[i], CV_SAY) ||
				    (isevent(&tg->m[i]) && tg->m[i].e !=
				    c->e))
					break;
			if (i < j) {
				size_t q;

				k = tg->m[i].t0;
				/*
				 * "rejects the claims of X, who say Y is
				 * behind": what a denial rejects is part of
				 * it, no event of its own.
				 */
				if (k > 0 && tokis(tg, k - 1, "who")) {
					for (q = 0; q < i; q++)
						if (iscue(&tg->m[q], CV_DENY) ||
						    iscue(&tg->m[q], CV_DENOUNCE))
							break;
					if (q < i)
						continue;
					k -= 1 + tokis(tg, k - 2, ",");
				}
				nf = group_back(tg, k, from, 0);
			}
		} else if (c->fm == FM_LIST) {
			/*
			 * "X added Y to its sanctions list": the first group
			 * of the clause acts, the next is the target.
			 */
			for (k = c->t0; k > 0 && !isbound(tg, k - 1); k--)
				;
			i = party_after(tg, k, c->t0, 0);
			if (i == tg->nm)
				continue;
			nf = group_fwd(tg, i, from, 0);
			for (k = i + nf; k < tg->nm && tg->m[k].t0 < c->t0;
			    k++)
				if (tg->m[k].kind == M_PARTY)
					break;
			if (k < tg->nm && tg->m[k].t0 < c->t0)
				nt = group_fwd(tg, k, to, 0);
		} else if (c->fm == FM_ATTR) {
			/* "a group linked to X": the claim is the speaker's. */
			if (c->t0 > 0 && !hascls(tg, c->t0 - 1, C_BEAUX) &&
			    (tokis(tg, c->t0, "linked") ||
			    tokis(tg, c->t0, "connected")))
				nf = 0;
			/* "cyberattacks attributed to X": no claimant named. */
			else if (reduced(tg, c->t0))
				nf = 0;
			else
				nf = group_back(tg, c->t0, from, 0);
			for (k = c->t1; k < tg->tk.n && k < c->t1 + 12; k++)
				if (tokis(tg, k, "to"))
					break;
			if (k < tg->tk.n)
				nt = group_fwd(tg, party_after(tg, k + 1,
				    clause_end(tg, k + 1), 0), to, 0);
			if (nf == 0 && nt == 0)
				continue;
		} else {
			size_t last = c->t1 - 1;
			int pp = tokends(tg, last, "ed") ||
			    tokends(tg, last, "en");
			int passive = pp && ((c->t0 > 0 && hascls(tg, c->t0 - 1,
			    C_BEAUX)) || tokis(tg, c->t1, "by") ||
			    /* "a Russian national accused of": no object. */
			    tokis(tg, c->t1, "of") || tokis(tg, c->t1, "for") ||
			    tokis(tg, c->t1, "with"));
			/* ", accusing them": the doer of the main clause. */
			int participle = tokends(tg, last, "ing") &&
			    c->t0 > 0 && tokis(tg, c->t0 - 1, ",") &&
			    tg->na > 0;

			/*
			 * "IRGC-linked hackers", "the alleged hack": an
			 * adjective, no act.
			 */
			if (c->t0 > 0 && (tokis(tg, c->t0 - 1, "-") ||
			    (pp && (tokis(tg, c->t0 - 1, "the") ||
			    tokis(tg, c->t0 - 1, "an") || tokis(tg, c->t0 - 1,
			    "a")))))
				continue;
			/*
			 * "severed ties with Iran after blaming it", "joined
			 * the US in blaming APT40": the subject of the clause
			 * before acts; "it" is the party named last before.
			 */
			if (tokends(tg, last, "ing") && c->t0 > 0 &&
			    (tokis(tg, c->t0 - 1, "after") || tokis(tg,
			    c->t0 - 1, "in") || tokis(tg, c->t0 - 1, "by") ||
			    tokis(tg, c->t0 - 1, "before"))) {
				for (k = c->t0 - 1; k > 0 && !isbound(tg, k - 1) &&
				    !tokis(tg, k - 1, "."); k--)
					;
				i = party_after(tg, k, c->t0, 1);
				if (i < tg->nm && (!tg->m[i].poss ||
				    office(tg, &tg->m[i])))
					nf = group_fwd(tg, i, from, 0);
				if (nf > 0 && (tokis(tg, c->t1, "it") ||
				    tokis(tg, c->t1, "them"))) {
					for (k = j; k-- > 0;)
						if (tg->m[k].kind == M_PARTY &&
						    strcmp(tg->m[k].party,
						    from[0]) != 0)
							break;
					if (k < j)
						to[nt++] = tg->m[k].party;
					goto add;
				}
				if (nf > 0) {
					i = party_after(tg, c->t1,
					    clause_end(tg, c->t1), 1);
					if (i < tg->nm && tg->m[i].t0 < c->t1 + 12)
						nt = group_fwd(tg, i, to, 0);
					goto add;
				}
			}

			if (participle) {
				from[nf++] = tg->a[tg->na - 1].from;
				if (tokis(tg, c->t1, "them") ||
				    tokis(tg, c->t1, "it"))
					to[nt++] = tg->a[tg->na - 1].to;
				if (from[0] == NULL || (nt > 0 &&
				    to[0] == NULL))
					nf = nt = 0;
				if (nf > 0)
					goto add;
			}

			if (passive) {
				/* The agent right after "by", not "by X to Y". */
				if (tokis(tg, c->t1, "by") && (i = party_after(
				    tg, c->t1, c->t1 + 4, 0)) < tg->nm &&
				    joined(tg, c->t1 + 1, tg->m[i].t0))
					nf = group_fwd(tg, i, from, 0);
				nt = group_back(tg, c->t0, to, 0);
				/* "were linked by investigators to X" */
				for (k = c->t1; nt == 0 && k < c->t1 + 6 &&
				    k < tg->tk.n && !isbound(tg, k); k++)
					if (tokis(tg, k, "to") && (i = party_after(
					    tg, k + 1, k + 4, 0)) < tg->nm)
						nt = group_fwd(tg, i, to, 0);
				/* No agent: the doer of the act before. */
				if (nf == 0 && tg->na > 0 &&
				    tg->a[tg->na - 1].from != NULL)
					from[nf++] = tg->a[tg->na - 1].from;
			} else {
				size_t lim = clause_end(tg, c->t1);

				nf = group_back(tg, c->t0, from, 0);
				for (k = j + 1; k < tg->nm && tg->m[k].t0 < lim;
				    k++)
					if (iscue(&tg->m[k], CV_SAY))
						lim = tg->m[k].t0;
				i = party_after(tg, c->t1, lim, 1);
				while (i < tg->nm && nf > 0 &&
				    strcmp(tg->m[i].party, from[0]) == 0)
					i = party_after(tg, tg->m[i].t1, lim, 1);
				/*
				 * "denied any role in the attacks on Estonian
				 * banks": a denial answers accusers, not the
				 * attacked.
				 */
				if (i < tg->nm && (iscue(c, CV_DENY) ||
				    iscue(c, CV_DENOUNCE)) &&
				    aftertarget(tg, tg->m[i].t0))
					i = tg->nm;
				if (i < tg->nm && tg->m[i].t0 < c->t1 + 12 &&
				    !tg->m[i].poss)
					nt = group_fwd(tg, i, to, 0);
				/* "rejected the claims of X": X is the target. */
				for (k = j + 1; nt == 0 && k < tg->nm &&
				    tg->m[k].t0 < c->t1 + 6; k++)
					if (isevent(&tg->m[k]) &&
					    (&tg->m[k])->fm == FM_NOUN) {
						size_t nf2 = 0, q;
						const char *f2[MAXSIDE];

						noun_parties(tg, k, f2, &nf2,
						    to, &nt);
						nt = 0;
						for (q = 0; q < nf2; q++)
							to[nt++] = f2[q];
					}
				if (nt == 0 && i < tg->nm && tg->m[i].poss)
					nt = group_fwd(tg, i, to, 0);
				/* "after Washington accused it": the other doer. */
				if (nt == 0 && (tokis(tg, c->t1, "it") ||
				    tokis(tg, c->t1, "them")))
					for (i = tg->na; i-- > 0;)
						if (tg->a[i].from != NULL &&
						    (nf == 0 || strcmp(
						    tg->a[i].from, from[0]) !=
						    0)) {
							to[nt++] = tg->a[i].from;
							break;
						}
			}
		}
		/*
		 * Inside a quotation the speaker acts, and the parties the
		 * quotation names are its targets.
		 */
		if (tg->claimant != NULL && inquote(tg, c->t0) &&
		    !inquote(tg, tg->claimant->t0)) {
			for (i = 0; i < nf && nt < MAXSIDE; i++)
				to[nt++] = from[i];
			for (i = 0; i < nt;)
				if (strcmp(to[i], tg->claimant->party) == 0)
					to[i] = to[--nt];
				else
					i++;
			nf = 0;
		}
		/*
		 * An act with no named doer inside a quotation, or in what a
		 * speaker says, is the speaker's.
		 */
		if (nf == 0 && tg->claimant != NULL && (inquote(tg, c->t0) ||
		    c->t0 > tg->saypos)) {
			from[nf++] = tg->claimant->party;
			for (i = 0; i < nt; i++)
				if (strcmp(to[i], from[0]) == 0)
					to[i] = to[--nt];
		}
		/* A denial answers the claims it rejects. */
		if (nt == 0 && (strcmp(ev, "deny") == 0 ||
		    strcmp(ev, "denounce") == 0))
			for (i = 0; i < tg->naccusers; i++)
				if (nf == 0 || strcmp(tg->accusers[i],
				    from[0]) != 0)
					to[nt++] = tg->accusers[i];
		/* A mission's act is aimed at its host state. */
		if (nt == 0 && strcmp(ev, "victim") != 0)
			for (i = 0; i < tg->nm; i++)
				if (tg->m[i].host == 2 && nt < MAXSIDE)
					to[nt++] = tg->m[i].party;
add:
		if (addacts(tg, ev, from, nf, to, nt) == -1)
			return -1;
	}
	/*
	 * "X said (Y's hackers) attacked ...": an accusation by X, and X
	 * a victim when named after the attack.
	 */
	/* "rejects the claims of X, who say ...": part of the denial. */
	rejected = 0;
	if (tg->claimant != NULL && tg->saypos > 0 &&
	    tokis(tg, tg->saypos - 1, "who"))
		for (j = 0; j < tg->nm && tg->m[j].t0 < tg->saypos; j++)
			if (iscue(&tg->m[j], CV_DENY) ||
			    iscue(&tg->m[j], CV_DENOUNCE))
				rejected = 1;
	if (tg->claimant != NULL && !tokis(tg, tg->sayend, "to") &&
	    !rejected) {
		const char *x = tg->claimant->party;
		size_t at = tg->nm, q, r0, r1, na0 = tg->na;

		/*
		 * What the speaker says: the clause after the verb, or, for
		 * "..., Zhao said", the quotation before it.
		 */
		if (tokis(tg, tg->saypos, "according")) {
			/* "According to X, ...": what follows X. */
			r0 = tg->claimant->t1;
			r1 = clause_end(tg, r0);
		} else if (tg->sayend < tg->tk.n &&
		    tg->tk.t[tg->sayend].isword &&
		    tg->saypos > 0 && tg->tk.t[tg->saypos - 1].isword) {
			r0 = tg->sayend;
			r1 = clause_end(tg, r0);
		} else {
			/* "X hacked Y, Canada said": all before it. */
			r0 = 0;
			r1 = tg->claimant->t0 < tg->saypos ?
			    tg->claimant->t0 : tg->saypos;
			for (q = 0; q < tg->nq; q++)
				if (tg->q1[q] <= tg->saypos) {
					r0 = tg->q0[q];
					r1 = tg->q1[q];
				}
		}
		tg->curpos = tg->sayend;
		for (i = 0; i < tg->na; i++)
			if (tg->a[i].from != NULL &&
			    strcmp(tg->a[i].ev, "charge") != 0 &&
			    strcmp(tg->a[i].ev, "sanction") != 0 &&
			    strcmp(tg->a[i].from, x) == 0)
				break;
		for (q = 0; q < tg->nm && i == tg->na; q++) {
			/* Words about the accusations, not the attacks. */
			if (isevent(&tg->m[q]) && (&tg->m[q])->fm == FM_NOUN && tg->m[q].t0 >= r0 &&
			    tg->m[q].t0 < r1)
				break;
			/* "said they could sanction Chinese hackers" */
			if ((iscue(&tg->m[q], CV_NEG) || iscue(&tg->m[q],
			    CV_HYP)) && tg->m[q].t0 >= r0 && tg->m[q].t0 < r1)
				break;
			if (iscue(&tg->m[q], CV_ATTACK) &&
			    tg->m[q].t0 >= r0 && tg->m[q].t0 < r1) {
				at = q;
				break;
			}
		}
		if (at < tg->nm) {
			int any = 0, vict = 0;

			for (q = 0; q < tg->nm; q++) {
				const struct mention *m = &tg->m[q];
				size_t b;

				if (m->kind != M_PARTY || m->t0 < r0 ||
				    m->t0 >= r1)
					continue;
				if (strcmp(m->party, x) == 0) {
					vict |= q > at;
					continue;
				}
				/*
				 * "said it faces attacks from China", "said
				 * hackers targeted their firms".
				 */
				if (tokis(tg, r0, "it") || tokis(tg, r0, "we") ||
				    tokis(tg, tg->m[at].t1, "their") ||
				    tokis(tg, tg->m[at].t1, "our"))
					vict = 1;
				/* Bodies, companies and targets are victims. */
				b = m->t0;
				if (b > 0 && tokis(tg, b - 1, "the"))
					b--;
				if (m->host || m->e->type == LEX_ORG ||
				    (b > 0 && hascls(tg, b - 1, C_TARGET) &&
				    !tokis(tg, b - 1, "of")) ||
				    (m->e->kind != NULL &&
				    strcmp(m->e->kind, "company") == 0))
					continue;
				any = 1;
				if (addact(tg, "accuse", x, m->party) == -1)
					return -1;
			}
			if (!any && addact(tg, "accuse", x, NULL) == -1)
				return -1;
			for (q = 0; vict && q < tg->na; q++)
				if (strcmp(tg->a[q].ev, "accuse") == 0 &&
				    tg->a[q].from == x && tg->a[q].to != NULL &&
				    addact(tg, "victim", x, tg->a[q].to) == -1)
					return -1;
			/*
			 * "Japan, South Korea and the US said ...": each of
			 * the group says it.
			 */
			for (k = tg->cfirst; k < (size_t)(tg->claimant -
			    tg->m); k++) {
				size_t na1 = tg->na;

				if (tg->m[k].kind != M_PARTY)
					continue;
				for (q = na0; q < na1; q++)
					if (tg->a[q].from == x &&
					    addact(tg, tg->a[q].ev,
					    tg->m[k].party, tg->a[q].to) == -1)
						return -1;
			}
		}
	}
	/* "Chinese hackers targeted ...": an accusation with no accuser. */
	for (j = 0; j < tg->nm; j++)
		if (iscue(&tg->m[j], CV_NEG) || iscue(&tg->m[j], CV_HYP))
			break;
	if (tg->na == 0 && j == tg->nm)
		for (j = 1; j < tg->nm; j++) {
			const struct mention *m = &tg->m[j - 1];

			/* "Salt Typhoon breached": a group with a state too. */
			if (iscue(&tg->m[j], CV_ATTACK) &&
			    m->kind == M_PARTY && (m->e->type == LEX_COUNTRY ||
			    (m->e->type == LEX_ACTOR && m->e->kind != NULL &&
			    strcmp(m->e->kind, "apt") == 0 &&
			    m->e->state != NULL)) &&
			    m->t1 == tg->m[j].t0 && !m->host &&
			    addact(tg, "accuse", NULL, m->party) == -1)
				return -1;
		}
	/* A denial or rebuke with no target answers its attackers. */
	for (i = 0, k = tg->na; i < k; i++) {
		size_t q;

		if ((strcmp(tg->a[i].ev, "deny") != 0 &&
		    strcmp(tg->a[i].ev, "denounce") != 0) ||
		    tg->a[i].to != NULL || tg->a[i].from == NULL)
			continue;
		for (q = 0; q < k; q++)
			if (q != i && tg->a[q].from != NULL &&
			    tg->a[q].to != NULL &&
			    strcmp(tg->a[q].to, tg->a[i].from) == 0 &&
			    strcmp(tg->a[q].ev, "victim") != 0 &&
			    addact(tg, tg->a[i].ev, tg->a[i].from,
			    tg->a[q].from) == -1)
				return -1;
	}
	/* A denial with no target answers the accusers of the sentence. */
	for (i = 0; i < tg->na; i++) {
		if (strcmp(tg->a[i].ev, "deny") != 0 || tg->a[i].to != NULL)
			continue;
		for (k = 0; k < tg->na; k++)
			if (strcmp(tg->a[k].ev, "accuse") == 0 &&
			    tg->a[k].from != NULL && (tg->a[i].from == NULL ||
			    tg->a[k].to == NULL ||
			    strcmp(tg->a[k].to, tg->a[i].from) == 0))
				if (addact(tg, "deny", tg->a[i].from,
				    tg->a[k].from) == -1)
					return -1;
	}
	/*
	 * A charge or sanction whose stated reason is a cyber operation
	 * ("sanctioned X over hacks of ...", "charged X with hacking")
	 * accuses its target of it too.
	 */
	for (i = 0, k = tg->na; i < k; i++) {
		const struct act *a = &tg->a[i];

		if ((strcmp(a->ev, "charge") != 0 &&
		    strcmp(a->ev, "sanction") != 0) || a->to == NULL)
			continue;
		if (cyber_reason(tg, a->pos)) {
			tg->curpos = a->pos;
			if (addact(tg, "accuse", a->from, a->to) == -1)
				return -1;
		}
	}
	/*
	 * An accuser whose own people were attacked is a victim too: it is
	 * named again after the cue, or "against its ...".
	 */
	for (i = 0, k = tg->na; i < k; i++) {
		const struct act *a = &tg->a[i];
		size_t q;
		int own = 0;

		if ((strcmp(a->ev, "accuse") != 0 &&
		    strcmp(a->ev, "charge") != 0) || a->from == NULL ||
		    a->to == NULL)
			continue;
		for (q = 0; q < tg->nm && !own; q++) {
			const struct mention *m = &tg->m[q];
			size_t b = m->t0;

			if (m->kind != M_PARTY || m->t0 < a->pos ||
			    strcmp(m->party, a->from) != 0)
				continue;
			if (b > 0 && (tokis(tg, b - 1, "the") ||
			    tokis(tg, b - 1, "a") || tokis(tg, b - 1, "an")))
				b--;
			if (b > 0 && hascls(tg, b - 1, C_TARGET))
				own = 1;
		}
		if (!own)
			own = ownthings(tg);
		for (q = a->pos; q + 1 < tg->tk.n && q < a->pos + 20 && !own;
		    q++)
			if ((tokis(tg, q, "against") || tokis(tg, q, "on") ||
			    tokis(tg, q, "into") || tokis(tg, q, "targeting")) &&
			    (tokis(tg, q + 1, "its") || tokis(tg, q + 1,
			    "their")))
				own = 1;
		tg->curpos = a->pos;
		if (own && addact(tg, "victim", a->from, a->to) == -1)
			return -1;
	}
	return 0;
}

/*
 * Whether the clause from token t gives a cyber operation as the reason
 * of a charge or sanction: "over", "for", "with" or "in" and, a few
 * tokens on, a word for an attack ("hacks", "a ransomware operation"), or
 * theft in a sentence about cyber operations. Topic words are no
 * mentions, so the words are looked at by their stems.
 */
static int
cyber_reason(const struct tagger *tg, size_t t)
{
	static const char *const stems[] = { "hack", "cyber", "ransom",
	    "intrusion", "breach", "attack", "phish", "malware", "espionage",
	    "spying", "infiltrat", "penetrat", "compromis", "stole", NULL };
	const char *const *s;
	size_t q, r;

	for (q = t; q < tg->tk.n && q < t + 25; q++) {
		if (tokis(tg, q, ".") || tokis(tg, q, ";"))
			break;
		if (!tokis(tg, q, "over") && !tokis(tg, q, "for") &&
		    !tokis(tg, q, "with") && !tokis(tg, q, "in"))
			continue;
		for (r = q + 1; r < tg->tk.n && r < q + 9; r++) {
			const struct lextok *k = &tg->tk.t[r];
			const char *f = tg->tk.fold.p + k->foff;

			if (tokis(tg, r, ".") || tokis(tg, r, ";"))
				return 0;
			if (hastopic(tg) && (tokis(tg, r, "stealing") ||
			    tokis(tg, r, "theft")))
				return 1;
			/* "a warrant for a hacker" names no operation. */
			if (tokis(tg, r, "hacker") || tokis(tg, r, "hackers"))
				continue;
			for (s = stems; *s != NULL; s++)
				if (k->flen >= strlen(*s) &&
				    memcmp(f, *s, strlen(*s)) == 0)
					return 1;
		}
	}
	return 0;
}

/*
 * Whether the sentence speaks of the accuser's own things: "its
 * networks", "our government systems", "the country's ruling party".
 */
static int
ownthings(const struct tagger *tg)
{
	static const char *const things[] = { "network", "networks",
	    "system", "systems", "government", "parliament", "party",
	    "ministry", "ministries", "email", "data", "citizens",
	    "institutions", "infrastructure", "servers", "websites",
	    "agency", "agencies", "computers", "companies", "elections",
	    "defence", "defense", "officials", "lawmakers", "hospitals",
	    "banks", "accounts", NULL };
	size_t i, j, n;

	for (i = 0; i < tg->tk.n; i++) {
		n = i + 1;
		if (tokis(tg, i, "the") && (tokis(tg, i + 1, "country") ||
		    tokis(tg, i + 1, "nation")) && (tokis(tg, i + 2, "'") ||
		    tokis(tg, i + 2, "\u2019")) && tokis(tg, i + 3, "s"))
			n = i + 4;
		else if (!tokis(tg, i, "its") && !tokis(tg, i, "our"))
			continue;
		for (j = n; j < n + 2 && j < tg->tk.n; j++)
			if (tokin(tg, j, things))
				return 1;
	}
	return 0;
}

/* Drops acts with an empty side next to the same act with it named. */
static void
prune(struct tagger *tg)
{
	size_t i, k, n = 0;

	for (i = 0; i < tg->na; i++) {
		const struct act *a = &tg->a[i];
		int drop = 0;

		for (k = 0; k < tg->na && !drop; k++) {
			const struct act *b = &tg->a[k];

			if (k == i || strcmp(a->ev, b->ev) != 0)
				continue;
			if (a->from == NULL && b->from != NULL &&
			    (a->to == NULL || (b->to != NULL &&
			    strcmp(a->to, b->to) == 0)))
				drop = 1;
			if (a->to == NULL && b->to != NULL &&
			    (a->from == NULL || (b->from != NULL &&
			    strcmp(a->from, b->from) == 0)))
				drop = 1;
		}
		if (!drop)
			tg->a[n++] = *a;
	}
	tg->na = n;
}

static int
inquote(const struct tagger *tg, size_t t)
{
	size_t i;

	for (i = 0; i < tg->nq; i++)
		if (t > tg->q0[i] && t < tg->q1[i])
			return 1;
	return 0;
}

/*
 * Speakers: "said Zhao" after a quotation or comma, "according to X",
 * else the subject of the verb of saying.
 */
static int
speakers(struct tagger *tg)
{
	size_t j, i;

	tg->claimant = NULL;
	tg->saypos = (size_t)-1;
	for (j = 0; j < tg->nm; j++) {
		const struct mention *c = &tg->m[j];
		const struct mention *s = NULL;
		size_t lim, first, last, st, group = (size_t)-1;
		int after;

		if (!iscue(c, CV_SAY))
			continue;
		/* "added three firms to its sanctions list": no saying. */
		for (i = j + 1; i < tg->nm && tg->m[i].t0 < clause_end(tg,
		    c->t1); i++)
			if (tg->m[i].kind == M_CUE && tg->m[i].fm == FM_LIST)
				break;
		if (i < tg->nm && tg->m[i].t0 < clause_end(tg, c->t1))
			continue;
		after = tokis(tg, c->t0, "according") || (c->t0 > 0 &&
		    !tg->tk.t[c->t0 - 1].isword) || tokis(tg, c->t1, "by");
		lim = c->t1 + 6;
		for (i = c->t1; i < lim && i < tg->tk.n; i++)
			if (tokis(tg, i, ","))
				lim = i;
		i = after ? party_after(tg, c->t1, lim, 0) : tg->nm;
		st = c->t0 > 0 && tokis(tg, c->t0 - 1, "who") ?
		    c->t0 - 1 - tokis(tg, c->t0 - 2, ",") : c->t0;
		if (i < tg->nm)
			s = &tg->m[i];
		else if (tokis(tg, c->t0, "according"))
			/* "according to the statement": no one named. */
			continue;
		else if (group_back_m(tg, st, &first, &last)) {
			size_t k, comma = st;

			/*
			 * "..., the ministry said", "..., a prosecutor said":
			 * an unnamed subject after the last comma speaks, not
			 * a party before it.
			 */
			for (k = tg->m[last].t1; k < st; k++)
				if (tokis(tg, k, ","))
					comma = k;
			if (comma + 1 < st)
				continue;

			/* Not into a quotation: "“...,” a spokesman said". */
			for (k = tg->m[last].t1; k < c->t0; k++)
				if (!tg->tk.t[k].isword &&
				    isquote(tg->tk.t[k].cp))
					break;
			if (k < c->t0)
				continue;

			s = &tg->m[last];
			/* People speak: "Blinken, the US Secretary, said". */
			for (k = last + 1; k-- > 0;) {
				size_t q;
				int cut = 0;

				for (q = tg->m[k].t1; q < c->t0; q++)
					if (isbound(tg, q))
						cut = 1;
				if (cut)
					break;
				if (tg->m[k].kind == M_PARTY &&
				    tg->m[k].e->type == LEX_PERSON) {
					s = &tg->m[k];
					first = last = k;
					break;
				}
			}
			for (k = first; k < last; k++)
				if (tg->m[k].kind == M_PARTY &&
				    addtag(tg, TAG_SPEAKER, tg->m[k].spk,
				    strlen(tg->m[k].spk)) == -1)
					return -1;
			group = first;
		}
		if (s == NULL)
			continue;
		if (tg->claimant == NULL) {
			tg->claimant = s;
			tg->cfirst = group != (size_t)-1 ? group :
			    (size_t)(s - tg->m);
			tg->saypos = c->t0;
			tg->sayend = c->t1;
		}
		if (addtag(tg, TAG_SPEAKER, s->spk, strlen(s->spk)) == -1)
			return -1;
	}
	return 0;
}

/*
 * Whether one of the words of the need option of cue m follows it within
 * its clause and ten tokens.
 */
static int
needmet(const struct tagger *tg, const struct mention *m)
{
	const char *w, *need = m->e->need;
	size_t k, n;

	for (k = m->t1; k < tg->tk.n && k < m->t1 + 10; k++) {
		if (isbound(tg, k) || tokis(tg, k, "."))
			break;
		for (w = need; *w != '\0'; w += n + (w[n] == ',')) {
			n = strcspn(w, ",");
			if (n > 0 && tokis_n(tg, k, w, n))
				return 1;
		}
	}
	return 0;
}

static int
isquote(int32_t cp)
{
	return cp == 0x201C || cp == 0x201D || cp == '"';
}

static const char *const namers[] = {
	"such", "known", "dubbed", "so", "named", "called", NULL
};

/*
 * A direct quotation: a quoted span of three words or more, or a shorter
 * one that is no name ("Five Eyes") nor a term introduced by "such as",
 * "known as"; an unclosed quotation carries into the next sentences.
 */
static int
quoted(struct tagger *tg)
{
	size_t i, k;
	int open = -1, any = tg->inquote, marks = 0, excluded = 0;

	tg->nq = 0;

	for (i = 0; i < tg->tk.n; i++) {
		const struct lextok *t = &tg->tk.t[i];
		int isopen;

		if (t->isword || !isquote(t->cp))
			continue;
		marks++;
		if (t->cp == '"')
			/* The first mark inside a carried quotation closes it. */
			isopen = open == -1 && !(tg->inquote && marks == 1);
		else
			isopen = t->cp == 0x201C && open == -1;
		if (isopen) {
			open = (int)i;
			continue;
		}
		if (open == -1) {
			/* A close with no open: the end of a quotation. */
			any = 1;
			tg->inquote = 0;
			if (tg->nq < 8) {
				tg->q0[tg->nq] = 0;
				tg->q1[tg->nq++] = i;
			}
			continue;
		} else {
			size_t words = 0, caps = 0, from = (size_t)open;
			int name;

			for (k = from + 1; k < i; k++)
				if (tg->tk.t[k].isword) {
					words++;
					caps += tg->tk.t[k].upper;
				}
			name = words >= 2 && caps == words;
			for (k = from > 5 ? from - 5 : 0; k < from &&
			    words <= 3; k++)
				if (tokin(tg, k, namers))
					name = 1;
			if (excluded && from >= 2 && (tokis(tg, from - 1,
			    "and") || tokis(tg, from - 1, ",")))
				name = 1;
			excluded = name;
			if (!name && words > 0) {
				any = 1;
				if (tg->nq < 8) {
					tg->q0[tg->nq] = from;
					tg->q1[tg->nq++] = i;
				}
			}
			open = -1;
		}
	}
	if (open != -1) {
		any = 1;
		tg->inquote = 1;
		if (tg->nq < 8) {
			tg->q0[tg->nq] = open;
			tg->q1[tg->nq++] = tg->tk.n;
		}
	} else if (any && marks == 0 && tg->nq < 8) {
		tg->q0[tg->nq] = 0;
		tg->q1[tg->nq++] = tg->tk.n;
	}
	(void)marks;
	return any;
}

long
tag_text(struct tagger *tg, const char *doc, size_t doclen, const char *text,
    size_t len, int dateline, const struct tag **out)
{
	const struct lexent *pe[8];
	size_t i, end, j, n;
	int topic = 0, quote, hascue;

	tg->nm = tg->na = tg->nout = 0;
	tg->newend = 0;
	buf_reset(&tg->acts);
	tg->text = text;
	if (tg->doc.p == NULL || tg->doc.len != doclen ||
	    memcmp(tg->doc.p, doc, doclen) != 0) {
		buf_reset(&tg->doc);
		if (buf_add(&tg->doc, doc, doclen) == -1)
			return -1;
		tg->npeople = 0;
		tg->nwords = 0;
		tg->nnewp = 0;
		tg->inquote = 0;
	}
	if (dateline) {
		*out = tg->out;
		return 0;
	}
	if (lex_tokenize(&tg->tk, text, len) == -1)
		return -1;
	/* Group names are copied from the text: room for all, never moved. */
	tg->ngrp = 0;
	buf_reset(&tg->names);
	if (buf_grow(&tg->names, len + 16) == -1)
		return -1;
	for (i = 0; i < tg->tk.n;) {
		const struct lexent *e = lex_match(tg->lx, &tg->tk, text, i,
		    &end, -1);

		if (e == NULL && (e = recall(tg, i)) != NULL)
			end = i + 1;
		if (e == NULL && (e = newperson(tg, i, &end)) != NULL)
			tg->newend = end;
		/*
		 * Word prefixes: topic and attack words count inside longer
		 * matches too ("cyber attacks" as an event cue); other cues
		 * only where nothing longer matched.
		 */
		n = tg->tk.t[i].isword ? lex_match_prefix(tg->lx, &tg->tk, i,
		    pe, 8) : 0;
		for (j = 0; j < n; j++) {
			if (pe[j]->type == LEX_TOPIC) {
				if (addtag(tg, TAG_TOPIC, pe[j]->value,
				    pe[j]->vlen) == -1)
					return -1;
			} else if ((e == NULL || (e->type == LEX_CUE &&
			    strcmp(pe[j]->value, "attack") == 0 &&
			    strcmp(e->value, "attack") != 0)) &&
			    addm(tg, i, i + 1, pe[j], M_CUE) == -1)
				return -1;
		}
		if (e == NULL) {
			i++;
			continue;
		}
		switch (e->type) {
		case LEX_COUNTRY:
		case LEX_ORG:
		case LEX_ACTOR:
		case LEX_PERSON:
			if (addm(tg, i, end, e, M_PARTY) == -1)
				return -1;
			if (e->type == LEX_PERSON)
				remember(tg, e);
			break;
		case LEX_SUFFIX:
			/*
			 * "Charcoal Typhoon": a capitalised word before a
			 * vendor's suffix, kept below if the sentence is
			 * about cyber operations.
			 */
			if (i > 0 && tg->tk.t[i - 1].isword &&
			    tg->tk.t[i - 1].upper && tg->ngrp < 8 &&
			    (tg->nm == 0 || tg->m[tg->nm - 1].t1 < i)) {
				struct lexent *g = &tg->grp[tg->ngrp];
				const struct lextok *a = &tg->tk.t[i - 1];

				memset(g, 0, sizeof(*g));
				g->type = LEX_ACTOR;
				g->value = tg->names.p + tg->names.len;
				g->vlen = tg->tk.t[i].off + tg->tk.t[i].len -
				    a->off;
				memcpy(g->value, text + a->off, g->vlen);
				g->value[g->vlen] = '\0';
				tg->names.len += g->vlen + 1;
				g->state = strcmp(e->value, "-") != 0 ?
				    e->value : NULL;
				g->kind = NULL;
				tg->grp0[tg->ngrp++] = i - 1;
			}
			break;
		case LEX_GENERIC:
			/* Resolved below, when the people after are known. */
			if (addm(tg, i, end, e, M_NOT) == -1)
				return -1;
			break;
		case LEX_CUE:
			if (addm(tg, i, end, e, M_CUE) == -1)
				return -1;
			/* "against China" as a cue still names China. */
			for (j = i; end - i > 1 && j < end; j++) {
				static const int ptype[] = { LEX_COUNTRY,
				    LEX_ORG, LEX_ACTOR, LEX_PERSON };
				const struct lexent *pe2;
				size_t k, e2 = 0;

				for (k = 0; k < 4; k++)
					if ((pe2 = lex_match(tg->lx, &tg->tk,
					    text, j, &e2, ptype[k])) != NULL &&
					    e2 <= end)
						break;
				if (k < 4) {
					if (addm(tg, j, e2, pe2, M_PARTY) == -1)
						return -1;
					j = e2 - 1;
				}
			}
			break;
		case LEX_TOPIC:
			topic = 1;
			if (addtag(tg, TAG_TOPIC, e->value,
			    strlen(e->value)) == -1)
				return -1;
			break;
		default:
			break;
		}
		i = end;
	}
	(void)topic;
	for (j = 0; j < tg->nm; j++) {
		struct mention *m = &tg->m[j];
		const struct lexent *g;

		if (m->kind == M_NOT && m->e->type == LEX_GENERIC &&
		    (g = generic(tg, j)) != NULL) {
			m->e = g;
			m->kind = M_PARTY;
			fillparty(tg, m);
		}
	}
	if (tg->ngrp > 0 && hastopic(tg)) {
		for (j = 0; j < tg->ngrp; j++) {
			size_t at;

			if (addm(tg, tg->grp0[j], tg->grp0[j] + 2, &tg->grp[j],
			    M_PARTY) == -1)
				return -1;
			/* Keep mentions in text order. */
			for (at = tg->nm - 1; at > 0 &&
			    tg->m[at - 1].t0 > tg->grp0[j]; at--) {
				struct mention t = tg->m[at];

				tg->m[at] = tg->m[at - 1];
				tg->m[at - 1] = t;
			}
		}
	}
	for (j = 0; j < tg->nm; j++)
		if (tg->m[j].kind == M_CUE)
			break;
	/*
	 * The rules compare cues with the mentions around them: a "sentence"
	 * with thousands of mentions (a whole document as one record) would
	 * cost their product, so its events are not looked for.
	 */
	hascue = j < tg->nm && tg->nm <= TAG_MAXMENTIONS;
	/* Clause words are classified once, and only when cues need them. */
	if (hascue) {
		if (tg->clscap < tg->tk.n) {
			free(tg->cls);
			tg->clscap = tg->tk.n * 2;
			if ((tg->cls = malloc(tg->clscap)) == NULL) {
				tg->clscap = 0;
				return -1;
			}
		}
		for (i = 0; i < tg->tk.n; i++)
			tg->cls[i] = cw_flags(tg, i);
	}
	/* Cues that count only with a word after them: "held X responsible". */
	for (j = 0; hascue && j < tg->nm; j++)
		if (tg->m[j].kind == M_CUE && tg->m[j].e->need != NULL &&
		    !needmet(tg, &tg->m[j]))
			tg->m[j].kind = M_NOT;
	/* Places: parties after "in"; a mission's host after "in", "to". */
	for (j = 0; hascue && j < tg->nm; j++) {
		struct mention *m = &tg->m[j];
		size_t t = m->t0;

		if (m->kind != M_PARTY)
			continue;
		if (t > 0 && tokis(tg, t - 1, "the"))
			t--;
		if (t > 0 && (tokis(tg, t - 1, "in") || tokis(tg, t - 1,
		    "to"))) {
			size_t q;

			m->host = tokis(tg, t - 1, "in");
			for (q = j; q-- > 0 && tg->m[q].t1 + 2 >= t;)
				if (iscue(&tg->m[q], CV_MISSION))
					m->host = 2;
			/* "police in Poland", "officials in Canberra" act. */
			if (m->host == 1 && t > 1 && hascls(tg, t - 2, C_OFFICE))
				m->host = 0;
		} else if (j > 0 && tg->m[j - 1].host == 2 &&
		    joined(tg, tg->m[j - 1].t1, m->t0))
			m->host = 2;
	}
	/* The tags naming things, in order of first mention. */
	for (j = 0; j < tg->nm; j++) {
		const struct mention *m = &tg->m[j];
		static const enum tag_key keyof[] = {
			[LEX_COUNTRY] = TAG_COUNTRY, [LEX_ORG] = TAG_ORG,
			[LEX_ACTOR] = TAG_ACTOR, [LEX_PERSON] = TAG_PERSON,
			[LEX_GENERIC] = TAG_ACTOR
		};

		if (m->kind != M_PARTY)
			continue;
		if (addtag(tg, keyof[m->e->type], m->e->value,
		    m->e->vlen) == -1)
			return -1;
		/* "Chinese Foreign Ministry" names China too. */
		if (m->e->type == LEX_ACTOR && m->t1 - m->t0 > 1)
			for (i = m->t0; i < m->t1; i++) {
				const struct lexent *c = lex_match(tg->lx,
				    &tg->tk, text, i, &end, LEX_COUNTRY);

				if (c != NULL && c->type == LEX_COUNTRY &&
				    end <= m->t1 && addtag(tg, TAG_COUNTRY,
				    c->value, strlen(c->value)) == -1)
					return -1;
			}
	}
	quote = quoted(tg);
	if (hascue) {
		if (speakers(tg) == -1)
			return -1;
		if (events(tg) == -1)
			return -1;
		prune(tg);
	} else
		tg->claimant = NULL;
	for (i = 0; i < tg->na; i++)
		if (addtag(tg, TAG_EVENT, tg->a[i].ev,
		    strlen(tg->a[i].ev)) == -1)
			return -1;
	for (i = 0; i < tg->na; i++)
		if (tg->a[i].from != NULL && addtag(tg, TAG_FROM,
		    tg->a[i].from, strlen(tg->a[i].from)) == -1)
			return -1;
	for (i = 0; i < tg->na; i++)
		if (tg->a[i].to != NULL && addtag(tg, TAG_TO, tg->a[i].to,
		    strlen(tg->a[i].to)) == -1)
			return -1;
	/* Act strings go into one buffer; offsets become pointers after. */
	for (i = 0; i < tg->na; i++) {
		const struct act *a = &tg->a[i];

		if (buf_adds(&tg->acts, a->ev) || buf_addc(&tg->acts, ':') ||
		    (a->from && buf_adds(&tg->acts, a->from)) ||
		    buf_addc(&tg->acts, '>') ||
		    (a->to && buf_adds(&tg->acts, a->to)) ||
		    buf_addc(&tg->acts, '\0'))
			return -1;
	}
	for (i = 0, j = 0; i < tg->na; i++) {
		const char *s = tg->acts.p + j;
		size_t l = strlen(s);

		if (addtag(tg, TAG_ACT, s, l) == -1)
			return -1;
		j += l + 1;
	}
	if (quote && addtag(tg, TAG_QUOTE, yes, 3) == -1)
		return -1;
	/*
	 * A quotation with no verb of saying is the words of whoever acts
	 * in the sentence: its person of that state, else the party.
	 */
	if (quote && !hasspeaker(tg) && tg->na > 0 && tg->a[0].from != NULL) {
		const char *spk = tg->a[0].from;

		for (j = 0; j < tg->nm; j++)
			if (tg->m[j].kind == M_PARTY &&
			    tg->m[j].e->type == LEX_PERSON &&
			    strcmp(tg->m[j].party, spk) == 0) {
				spk = tg->m[j].spk;
				break;
			}
		if (addtag(tg, TAG_SPEAKER, spk, strlen(spk)) == -1)
			return -1;
	}
	/* In the order of keys, each key's values in order of mention. */
	if (tg->scap < tg->nout) {
		free(tg->sorted);
		tg->scap = tg->ocap;
		if ((tg->sorted = reallocarray(NULL, tg->scap,
		    sizeof(*tg->sorted))) == NULL) {
			tg->scap = 0;
			return -1;
		}
	}
	{
		size_t at[TAG_NKEYS + 1] = { 0 };

		for (i = 0; i < tg->nout; i++)
			at[tg->out[i].key + 1]++;
		for (j = 1; j <= TAG_NKEYS; j++)
			at[j] += at[j - 1];
		for (i = 0; i < tg->nout; i++)
			tg->sorted[at[tg->out[i].key]++] = tg->out[i];
	}
	*out = tg->sorted;
	return (long)tg->nout;
}
