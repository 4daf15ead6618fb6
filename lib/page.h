/*
 * page: the structure of a scraped news page, read as a stream of
 * paragraphs: which paragraph is the headline, a crosshead, the dateline,
 * article text or boilerplate; where one page ends and the next begins on
 * a concatenated stream; the page's date and credited source.
 *
 * Paragraphs wait in a window until their document is complete (or the
 * window is full), since a credit line at the foot of a page sets the
 * source of every sentence above it. Memory is the window (PAGE_WINDOW
 * bytes) or the longest paragraph, whichever is larger.
 */
#ifndef CC_PAGE_H
#define CC_PAGE_H

#include <stddef.h>

#include "sent.h"
#include "text.h"

#define PAGE_WINDOW	((size_t)1 << 20)	/* bytes of text held back */
#define PAGE_MAXPARA	4096			/* paragraphs held back */

enum { PAGE_BODY, PAGE_TITLE, PAGE_DATELINE, PAGE_BOILER };

/* What starts a new document in one input (page_init): */
enum {
	PAGE_FF = 1 << 0,	/* a form feed */
	PAGE_GUESS = 1 << 1	/* a new page's header and prose (a stream) */
};

struct page_para {
	size_t			 cs, ce;	/* clean text in the buffer */
	size_t			 m0, m1;	/* its map entries */
	unsigned long long	 roff;		/* raw offset of its start */
	int			 ff;		/* a form feed came before it */
	int			 nlines, nwords;
	unsigned		 flags;
	int			 kind;		/* PAGE_ value, once decided */
	size_t			 dlen;		/* a dateline to split off */
	int			 nodl;		/* known to have none */
	size_t			 doc;		/* slot in page.docs */
};

struct page_doc {
	unsigned long		 num;		/* 1, 2, ... in its input */
	unsigned long long	 rstart;	/* raw offset it starts at */
	char			 date[11];	/* YYYY-MM-DD or "" */
	char			 source[80];
	int			 date_rank;	/* how good date is */
	int			 y, m, d;	/* date as numbers */
	int			 frozen;	/* records written: fixed */
	int			 complete;
	unsigned long		 npar, nsent;	/* written so far */
};

struct page {
	struct text		 t;
	struct page_para	*p;
	size_t			 n, cap;
	size_t			 done;		/* paragraphs decided */
	struct page_doc		*docs;
	size_t			 ndocs, capdocs;
	unsigned long		 docnum;	/* of the last one started */
	int			 detect;	/* PAGE_FF, PAGE_GUESS */
	size_t			 scan;		/* looked for a page below */
	size_t			 split;		/* 1 + where a page starts */
	/* line joining */
	int			 inpara, soft, lastend;
	int			 pending_ff;
	unsigned long long	 ff_off;
	/* classifier state */
	int			 zone, listmode;
	struct sentv		 sv;
};

/* Sets up an empty page stream; detect says what starts a document. */
void	page_init(struct page *, int detect);
void	page_free(struct page *);

/* Empties the page for a new input, keeping its buffers. */
void	page_reset(struct page *);

/*
 * Adds one raw line (without its newline or CR) at raw offset roff.
 * Blank lines end paragraphs; a line joins the one before only when it
 * was soft-wrapped. Returns 0 or -1 (no memory).
 */
int	page_line(struct page *, const char *line, size_t len,
	    unsigned long long roff);

/* Whether the window is full and page_decide should be called. */
int	page_full(const struct page *);

/*
 * Decides the kind, document and dateline of every paragraph it can
 * (all when final: the input has ended). Returns the number of leading
 * paragraphs that may be written now (see page_release), or -1.
 */
long	page_decide(struct page *, int final);

/* Forgets the first n paragraphs, written by the caller. */
void	page_release(struct page *, size_t n);

/* The clean text of paragraph i. */
#define page_text(pg, i)	((pg)->t.b.p + (pg)->p[i].cs)

/* Raw offset of clean byte cpos of paragraph i, from its document start. */
unsigned long long page_off(const struct page *, size_t i, size_t cpos);

extern const char *const page_kinds[];

/*
 * Date and source helpers, for tests: parse "April 25, 2024" style dates
 * anywhere in s (returns 1 and sets y m d), and a dateline at the start
 * of s (returns its length, or 0).
 */
int	page_mdy(const char *s, size_t len, int *y, int *m, int *d);
size_t	page_dateline(const char *s, size_t len, int *m, int *d, int *y,
	    const char **src, size_t *srclen);

#endif
