/*
 * split: ccsplit's records. Feeds raw lines, or the text of an input
 * record (-r), to a page (lib/page) and writes what the page decides: one
 * record per sentence, paragraph or document, with doc, par, sent, off,
 * kind, date, source and text (DESIGN.md section 2), numbered per
 * document. The tool keeps options, reading and messages.
 */
#ifndef CC_SPLIT_H
#define CC_SPLIT_H

#include <stddef.h>

#include "buf.h"
#include "page.h"
#include "rec.h"
#include "sent.h"

enum { SPLIT_SENT, SPLIT_PARA, SPLIT_DOC };

/* Where the records of the current input go: name and passed fields. */
struct split_sink {
	const char	*docraw;	/* -r: escaped doc value, or NULL */
	size_t		 docrawlen;
	const struct rec *in;		/* -r: the input record */
	int		 has_date, has_source;
	struct buf	 name;		/* doc name, escaped */
	unsigned long	 gen;		/* new for every input and record */
	int		 docopen;	/* SPLIT_DOC: a record is open */
	unsigned long	 curdoc;	/* SPLIT_DOC: its document number */
};

struct split {
	int		 mode;		/* SPLIT_ value */
	int		 keep_boiler;	/* -b */
	int		 quiet;		/* -q: count, write nothing */
	int		 live;		/* -l: write each document at once */
	struct page	 pg;		/* of raw input */
	struct page	 rpg;		/* of record text, reused */
	struct split_sink k;
	struct buf	 out, nfc, pfx, meta, tmp;
	unsigned long	 pfx_gen, pfx_num, gen;
	struct sentv	 sv;
};

void	split_init(struct split *, int mode, int keep_boiler, int quiet,
	    int live);
void	split_free(struct split *);

/*
 * Raw text: split_begin starts an input whose documents are named name
 * (name, name#2, ...); split_line adds one line (without its newline or
 * CR) at raw offset roff and writes the records that are ready;
 * split_end writes the rest. Each returns 0, or -1 with errno set: ENOMEM,
 * or the write error of io_write.
 */
int	split_begin(struct split *, const char *name);
int	split_line(struct split *, const char *line, size_t len,
	    unsigned long long roff);
int	split_end(struct split *);

/* Ends the input where it is (-S): only an open -d record is ended. */
int	split_abort(struct split *);

/* Counts of the raw input being read: invalid sequences, NUL bytes. */
#define split_nbad(s)	((s)->pg.t.nbad)
#define split_nnul(s)	((s)->pg.t.nnul)

/*
 * -r: splits the text field (field ti) of record r as one page. Its doc is
 * r's doc field, else name; its other fields are passed through, and its
 * date and source win over those of the text. Returns 0 or -1 as above.
 */
int	split_record(struct split *, const struct rec *r, size_t ti,
	    const char *name);

#endif
