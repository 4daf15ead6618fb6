/*
 * dedup: normal forms, keys (XXH3 128 and MinHash) and the FIFO window
 * with its LSH tables. See dedup.h for the model.
 *
 * Each table (table 0 for exact hashes, one per LSH band) is an array of
 * bucket heads and doubly linked chains threaded through per-slot next
 * and prev indices, so evicting the oldest slot unlinks it in constant
 * time and nothing is allocated after dedup_new.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>
#include <xxhash.h>

#include "buf.h"
#include "dedup.h"
#include "utf.h"

#define NIL		UINT32_MAX
/* Chains longer than this are not searched further: many texts sharing
 * one band would otherwise make a lookup linear in the window. */
#define MAXWALK		64

struct dedup {
	size_t		 n, used, next;
	uint64_t	 seq;
	int		 near, rows, bands, ntab;
	double		 thresh;
	uint64_t	*hlo, *hhi, *age;
	uint32_t	*sig;		/* n * DEDUP_NPERM, when near */
	uint32_t	*stamp, curstamp;
	struct buf	*bufs;
	size_t		 nbuck;		/* a power of two */
	uint32_t	*head;		/* ntab * nbuck */
	uint32_t	*nxt, *prv;	/* ntab * n */
};

static uint32_t perm_a[DEDUP_NPERM];
static int perm_ready;

static uint64_t
splitmix(uint64_t *x)
{
	uint64_t z;

	z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* The permutations are fixed so that keys are the same in every run. */
static void
perm_init(void)
{
	uint64_t x = 0x63637569;	/* "ccui" */
	int i;

	for (i = 0; i < DEDUP_NPERM; i++)
		perm_a[i] = (uint32_t)splitmix(&x) | 1;
	perm_ready = 1;
}

static int
isword(int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

static int
isword_ascii(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

int
dedup_norm(struct buf *b, const char *s, size_t len)
{
	size_t i, start, end, w, n;
	int32_t cp;
	int gap;
	char *p;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			break;
	start = b->len;
	if (i == len) {
		/* ASCII: folding is lower-casing, done on the way. */
		if (buf_grow(b, len) == -1)
			return -1;
		p = b->p;
		w = start;
		gap = 0;
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];

			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (!isword_ascii(c)) {
				gap = 1;
				continue;
			}
			if (gap && w > start)
				p[w++] = ' ';
			gap = 0;
			p[w++] = (char)c;
		}
		b->len = w;
		return 0;
	}

	/*
	 * Fold into b, then squeeze the words together in place: the
	 * output never outgrows the folded text it is read from.
	 */
	if (utf_fold(b, s, len) == -1)
		return -1;
	p = b->p;
	end = b->len;
	w = start;
	gap = 0;
	for (i = start; i < end; i += n) {
		unsigned char c = (unsigned char)p[i];

		if (c < 0x80) {
			n = 1;
			if (!isword_ascii(c)) {
				gap = 1;
				continue;
			}
		} else {
			n = utf_decode(p + i, end - i, &cp);
			if (!isword(cp)) {
				gap = 1;
				continue;
			}
		}
		if (gap && w > start)
			p[w++] = ' ';
		gap = 0;
		memmove(p + w, p + i, n);
		w += n;
	}
	b->len = w;
	return 0;
}

static inline uint64_t
mix(uint64_t a, uint64_t b)
{
	uint64_t z;

	z = (a ^ ((b << 23) | (b >> 41))) * 0x9e3779b97f4a7c15ULL;
	return z ^ (z >> 29);
}

/*
 * Lowers the minima of sig with shingle hash s. Permutation i maps s to
 * lo ^ hi * a[i] (32-bit halves of s, a[i] odd): a bijection of hi for
 * each i, cheap enough in 32-bit lanes for the compiler to vectorise,
 * where 64 independent 64-bit hashes took half the run time.
 */
static inline void
minhash(uint32_t *restrict sig, uint64_t s)
{
	uint32_t lo = (uint32_t)s, hi = (uint32_t)(s >> 32);
	int i;

	for (i = 0; i < DEDUP_NPERM; i++) {
		uint32_t v = lo ^ (hi * perm_a[i]);

		sig[i] = v < sig[i] ? v : sig[i];
	}
}

/*
 * Walks the shingles of a normal form: word bigrams of the text framed
 * by a start and an end mark, so that a one-word text still has two and
 * a change at either end weighs as much as one inside. Each shingle
 * lowers the minima of sig, or is stored in out, whichever is not NULL.
 * Returns the number of shingles.
 */
static size_t
shingles(const char *norm, size_t len, uint32_t *sig, uint64_t *out)
{
	uint64_t prev, cur, sh;
	size_t i, j, n = 0;

	if (len == 0)
		return 0;
	prev = 0x5354415254ULL;		/* start mark */
	for (i = 0; i <= len; i = j + 1) {
		for (j = i; j < len && norm[j] != ' '; j++)
			continue;
		cur = XXH3_64bits(norm + i, j - i);
		sh = mix(prev, cur);
		if (sig != NULL)
			minhash(sig, sh);
		else
			out[n] = sh;
		n++;
		prev = cur;
	}
	sh = mix(prev, 0x454e44ULL);	/* end mark */
	if (sig != NULL)
		minhash(sig, sh);
	else
		out[n] = sh;
	return n + 1;
}

void
dedup_keyof(struct dedup_key *k, const char *norm, size_t len, int near)
{
	XXH128_hash_t h;
	int i;

	if (!perm_ready)
		perm_init();
	h = XXH3_128bits(norm, len);
	k->hlo = h.low64;
	k->hhi = h.high64;
	for (i = 0; i < DEDUP_NPERM; i++)
		k->sig[i] = UINT32_MAX;
	k->nshingle = 0;
	if (near)
		k->nshingle = shingles(norm, len, k->sig, NULL);
}

size_t
dedup_shingles(const char *norm, size_t len, uint64_t *out)
{
	return shingles(norm, len, NULL, out);
}

static int
cmp64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

void
dedup_keyofset(struct dedup_key *k, uint64_t *h, size_t n, int near)
{
	size_t i, m;
	XXH128_hash_t x;
	int j;

	if (!perm_ready)
		perm_init();
	qsort(h, n, sizeof(*h), cmp64);
	for (i = m = 0; i < n; i++)
		if (m == 0 || h[i] != h[m - 1])
			h[m++] = h[i];
	x = XXH3_128bits(h, m * sizeof(*h));
	k->hlo = x.low64;
	k->hhi = x.high64;
	for (j = 0; j < DEDUP_NPERM; j++)
		k->sig[j] = UINT32_MAX;
	k->nshingle = 0;
	if (!near)
		return;
	/*
	 * The permutations need both halves of a hash to vary: mix the
	 * caller's values, which need not be random (in the tests they are
	 * small numbers).
	 */
	for (i = 0; i < m; i++) {
		uint64_t z = h[i];

		minhash(k->sig, splitmix(&z));
	}
	k->nshingle = m;
}

double
dedup_similarity(const struct dedup_key *a, const struct dedup_key *b)
{
	int i, same = 0;

	for (i = 0; i < DEDUP_NPERM; i++)
		same += a->sig[i] == b->sig[i];
	return (double)same / DEDUP_NPERM;
}

static double
simsig(const uint32_t *a, const uint32_t *b)
{
	int i, same = 0;

	for (i = 0; i < DEDUP_NPERM; i++)
		same += a[i] == b[i];
	return (double)same / DEDUP_NPERM;
}

/* Chooses the band width: the widest whose banding still finds a pair
 * at the threshold with probability 0.99. */
static int
chooserows(double t)
{
	static const int r[] = { 8, 4, 2 };
	size_t i;
	double p;

	for (i = 0; i < sizeof(r) / sizeof(r[0]); i++) {
		p = 1 - pow(1 - pow(t, r[i]), DEDUP_NPERM / r[i]);
		if (p >= 0.99)
			return r[i];
	}
	return 1;
}

size_t
dedup_slotsize(int near, double threshold)
{
	size_t ntab = near ? 1 + DEDUP_NPERM / chooserows(threshold) : 1;
	size_t sz;

	sz = 3 * sizeof(uint64_t) + sizeof(struct buf) + sizeof(uint32_t);
	if (near)
		sz += DEDUP_NPERM * sizeof(uint32_t);
	/* Heads: at most two buckets per slot; next and prev links. */
	sz += ntab * 4 * sizeof(uint32_t);
	return sz;
}

struct dedup *
dedup_new(size_t nslots, int near, double threshold)
{
	struct dedup *d;
	size_t i, nh, nl;

	if (nslots == 0)
		nslots = 1;
	if (nslots >= NIL) {
		errno = ENOMEM;
		return NULL;
	}
	if ((d = calloc(1, sizeof(*d))) == NULL)
		return NULL;
	d->n = nslots;
	d->near = near;
	d->thresh = threshold;
	d->rows = near ? chooserows(threshold) : DEDUP_NPERM;
	d->bands = near ? DEDUP_NPERM / d->rows : 0;
	d->ntab = 1 + d->bands;
	for (d->nbuck = 1; d->nbuck < nslots; d->nbuck <<= 1)
		continue;
	nh = d->nbuck * (size_t)d->ntab;
	nl = nslots * (size_t)d->ntab;
	d->hlo = calloc(nslots, sizeof(uint64_t));
	d->hhi = calloc(nslots, sizeof(uint64_t));
	d->age = calloc(nslots, sizeof(uint64_t));
	d->stamp = calloc(nslots, sizeof(uint32_t));
	d->bufs = calloc(nslots, sizeof(struct buf));
	d->head = malloc(nh * sizeof(uint32_t));
	d->nxt = malloc(nl * sizeof(uint32_t));
	d->prv = malloc(nl * sizeof(uint32_t));
	if (near)
		d->sig = calloc(nslots * DEDUP_NPERM, sizeof(uint32_t));
	if (d->hlo == NULL || d->hhi == NULL || d->age == NULL ||
	    d->stamp == NULL || d->bufs == NULL || d->head == NULL ||
	    d->nxt == NULL || d->prv == NULL || (near && d->sig == NULL)) {
		dedup_free(d);
		errno = ENOMEM;
		return NULL;
	}
	for (i = 0; i < nh; i++)
		d->head[i] = NIL;
	if (!perm_ready)
		perm_init();
	return d;
}

void
dedup_free(struct dedup *d)
{
	size_t i;

	if (d == NULL)
		return;
	if (d->bufs != NULL)
		for (i = 0; i < d->n; i++)
			buf_free(&d->bufs[i]);
	free(d->hlo);
	free(d->hhi);
	free(d->age);
	free(d->stamp);
	free(d->bufs);
	free(d->head);
	free(d->nxt);
	free(d->prv);
	free(d->sig);
	free(d);
}

int
dedup_rows(const struct dedup *d)
{
	return d->rows;
}

/* Returns the bucket of table t (0: exact, else band t) for a key. */
static size_t
bucket(const struct dedup *d, int t, uint64_t hlo, const uint32_t *sig)
{
	uint64_t h;
	int j;

	if (t == 0)
		return hlo & (d->nbuck - 1);
	/* The minima are already random: a light mix spreads them. */
	h = (uint64_t)t * 0x9e3779b97f4a7c15ULL;
	sig += (t - 1) * d->rows;
	for (j = 0; j < d->rows; j++) {
		h = (h ^ sig[j]) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	return h & (d->nbuck - 1);
}

static void
link_slot(struct dedup *d, int t, size_t b, uint32_t s)
{
	uint32_t *head = d->head + (size_t)t * d->nbuck;
	uint32_t *nxt = d->nxt + (size_t)t * d->n;
	uint32_t *prv = d->prv + (size_t)t * d->n;

	nxt[s] = head[b];
	prv[s] = NIL;
	if (head[b] != NIL)
		prv[head[b]] = s;
	head[b] = s;
}

static void
unlink_slot(struct dedup *d, int t, size_t b, uint32_t s)
{
	uint32_t *head = d->head + (size_t)t * d->nbuck;
	uint32_t *nxt = d->nxt + (size_t)t * d->n;
	uint32_t *prv = d->prv + (size_t)t * d->n;

	if (prv[s] != NIL)
		nxt[prv[s]] = nxt[s];
	else
		head[b] = nxt[s];
	if (nxt[s] != NIL)
		prv[nxt[s]] = prv[s];
}

/* A few words: an inline loop beats a call to memcmp. */
static inline int
bandeq(const uint32_t *a, const uint32_t *b, int rows)
{
	int j;

	for (j = 0; j < rows; j++)
		if (a[j] != b[j])
			return 0;
	return 1;
}

long
dedup_find(struct dedup *d, const struct dedup_key *k, double *sim)
{
	const uint32_t *nxt, *cs;
	uint32_t s;
	long best = -1;
	double bsim = 0, x;
	int t, walk;

	nxt = d->nxt;
	for (s = d->head[bucket(d, 0, k->hlo, NULL)]; s != NIL; s = nxt[s])
		if (d->hlo[s] == k->hlo && d->hhi[s] == k->hhi) {
			if (sim != NULL)
				*sim = 1;
			return s;
		}
	if (!d->near || k->nshingle == 0)
		return -1;

	/* A fresh stamp marks the slots compared during this lookup. */
	if (++d->curstamp == 0) {
		memset(d->stamp, 0, d->n * sizeof(uint32_t));
		d->curstamp = 1;
	}
	for (t = 1; t < d->ntab; t++) {
		const uint32_t *band = k->sig + (t - 1) * d->rows;

		nxt = d->nxt + (size_t)t * d->n;
		s = d->head[(size_t)t * d->nbuck + bucket(d, t, 0, k->sig)];
		for (walk = 0; s != NIL && walk < MAXWALK; s = nxt[s], walk++) {
			if (d->stamp[s] == d->curstamp)
				continue;
			cs = d->sig + (size_t)s * DEDUP_NPERM;
			if (!bandeq(cs + (t - 1) * d->rows, band, d->rows))
				continue;
			d->stamp[s] = d->curstamp;
			x = simsig(cs, k->sig);
			if (x < d->thresh)
				continue;
			if (best == -1 || x > bsim ||
			    (x == bsim && d->age[s] < d->age[best])) {
				best = s;
				bsim = x;
			}
		}
	}
	if (best != -1 && sim != NULL)
		*sim = bsim;
	return best;
}

long
dedup_add(struct dedup *d, const struct dedup_key *k)
{
	uint32_t s = (uint32_t)d->next;
	uint32_t *cs = NULL;
	int t;

	if (d->near)
		cs = d->sig + (size_t)s * DEDUP_NPERM;
	if (d->used == d->n) {
		/* Full: the oldest key is the one in the next slot. */
		for (t = 0; t < d->ntab; t++)
			unlink_slot(d, t, bucket(d, t, d->hlo[s], cs), s);
	} else
		d->used++;
	d->hlo[s] = k->hlo;
	d->hhi[s] = k->hhi;
	d->age[s] = d->seq++;
	if (d->near)
		memcpy(cs, k->sig, sizeof(k->sig));
	for (t = 0; t < d->ntab; t++)
		link_slot(d, t, bucket(d, t, k->hlo, cs), s);
	buf_reset(&d->bufs[s]);
	d->next = (d->next + 1) % d->n;
	return s;
}

struct buf *
dedup_slotbuf(struct dedup *d, long slot)
{
	return &d->bufs[slot];
}
