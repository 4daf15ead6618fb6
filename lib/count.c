/*
 * count: the group table behind ccstat. Open addressing with linear
 * probing over a slot array holding entry indexes, so growing rehashes
 * only 4-byte slots and the entries keep their ids.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "count.h"

void
count_init(struct count *c)
{
	memset(c, 0, sizeof(*c));
}

void
count_free(struct count *c)
{
	free(c->ent);
	free(c->slot);
	free(c->arena);
	count_init(c);
}

/* Doubles the slot array (or makes the first one). Returns 0 or -1. */
static int
rehash(struct count *c)
{
	size_t n = c->nslot ? c->nslot * 2 : 1024, i, j;
	uint32_t *s;

	if ((s = calloc(n, sizeof(*s))) == NULL)
		return -1;
	for (i = 0; i < c->nent; i++) {
		j = c->ent[i].hash & (n - 1);
		while (s[j] != 0)
			j = (j + 1) & (n - 1);
		s[j] = (uint32_t)i + 1;
	}
	free(c->slot);
	c->slot = s;
	c->nslot = n;
	return 0;
}

long
count_intern(struct count *c, const char *key, size_t len)
{
	struct count_ent *e;
	uint64_t h;
	size_t j;

	if (c->nslot == 0 && rehash(c) == -1)
		return -1;
	h = XXH3_64bits(key, len);
	for (j = h & (c->nslot - 1); c->slot[j] != 0;
	    j = (j + 1) & (c->nslot - 1)) {
		e = &c->ent[c->slot[j] - 1];
		if (e->hash == h && e->len == len &&
		    memcmp(c->arena + e->off, key, len) == 0)
			return (long)(c->slot[j] - 1);
	}
	if (len > UINT32_MAX || c->nent >= UINT32_MAX - 1) {
		errno = ENOMEM;
		return -1;
	}
	if (c->nent == c->entcap) {
		size_t cap = c->entcap ? c->entcap * 2 : 512;

		if ((e = reallocarray(c->ent, cap, sizeof(*e))) == NULL)
			return -1;
		c->ent = e;
		c->entcap = cap;
	}
	if (c->acap - c->alen < len) {
		size_t cap = c->acap ? c->acap : 64 << 10;
		char *a;

		while (cap - c->alen < len)
			cap *= 2;
		if ((a = realloc(c->arena, cap)) == NULL)
			return -1;
		c->arena = a;
		c->acap = cap;
	}
	memcpy(c->arena + c->alen, key, len);
	e = &c->ent[c->nent];
	e->hash = h;
	e->n = 0;
	e->off = c->alen;
	e->len = (uint32_t)len;
	e->mark = 0;
	c->alen += len;
	c->slot[j] = (uint32_t)++c->nent;
	/* Keep the load under one half so probes stay short. */
	if (c->nent * 2 > c->nslot && rehash(c) == -1) {
		c->nent--;
		c->slot[j] = 0;
		return -1;
	}
	return (long)(c->nent - 1);
}

long
count_add(struct count *c, const char *key, size_t len, uint64_t n)
{
	long id;

	if ((id = count_intern(c, key, len)) != -1)
		c->ent[id].n += n;
	return id;
}

const char *
count_key(const struct count *c, size_t id, size_t *len)
{
	*len = c->ent[id].len;
	return c->arena + c->ent[id].off;
}

static int
keycmp(const struct count *c, size_t a, size_t b)
{
	const struct count_ent *x = &c->ent[a], *y = &c->ent[b];
	size_t n = x->len < y->len ? x->len : y->len;
	int d;

	if ((d = memcmp(c->arena + x->off, c->arena + y->off, n)) != 0)
		return d;
	return (x->len > y->len) - (x->len < y->len);
}

/* qsort has no context argument in C11: the table rides in statics. */
static const struct count *sort_c;
static int sort_bykey;

static int
cmp(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	uint64_t na = sort_c->ent[a].n, nb = sort_c->ent[b].n;

	if (!sort_bykey && na != nb)
		return na > nb ? -1 : 1;
	return keycmp(sort_c, a, b);
}

size_t *
count_sort(const struct count *c, int bykey)
{
	size_t *v, i;

	if ((v = reallocarray(NULL, c->nent + 1, sizeof(*v))) == NULL)
		return NULL;
	for (i = 0; i < c->nent; i++)
		v[i] = i;
	sort_c = c;
	sort_bykey = bykey;
	qsort(v, c->nent, sizeof(*v), cmp);
	return v;
}

void
pairset_init(struct pairset *p)
{
	memset(p, 0, sizeof(*p));
}

void
pairset_free(struct pairset *p)
{
	free(p->slot);
	pairset_init(p);
}

static size_t
pairhash(uint64_t k, size_t mask)
{
	/* A multiplicative mix: the ids are small and dense. */
	k *= 0x9E3779B97F4A7C15ULL;
	return (size_t)(k >> 20) & mask;
}

static int
pairset_grow(struct pairset *p)
{
	size_t n = p->nslot ? p->nslot * 2 : 1024, i, j;
	uint64_t *s;

	if ((s = calloc(n, sizeof(*s))) == NULL)
		return -1;
	for (i = 0; i < p->nslot; i++) {
		if (p->slot[i] == 0)
			continue;
		j = pairhash(p->slot[i], n - 1);
		while (s[j] != 0)
			j = (j + 1) & (n - 1);
		s[j] = p->slot[i];
	}
	free(p->slot);
	p->slot = s;
	p->nslot = n;
	return 0;
}

int
pairset_add(struct pairset *p, uint32_t a, uint32_t b)
{
	uint64_t k = ((uint64_t)a << 32 | b) + 1;
	size_t j;

	if ((p->n + 1) * 2 > p->nslot && pairset_grow(p) == -1)
		return -1;
	for (j = pairhash(k, p->nslot - 1); p->slot[j] != 0;
	    j = (j + 1) & (p->nslot - 1))
		if (p->slot[j] == k)
			return 0;
	p->slot[j] = k;
	p->n++;
	return 1;
}

int
count_parse(const char *s, size_t len, uint64_t *n)
{
	size_t i;

	*n = 0;
	if (len == 0 || (len > 1 && s[0] == '0'))
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (*n > (UINT64_MAX - (uint64_t)(s[i] - '0')) / 10)
			return -1;
		*n = *n * 10 + (uint64_t)(s[i] - '0');
	}
	return 0;
}
