#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the RTF fixtures for rtf_reader_test.cpp. Run from this folder; the files are committed."""

# Shaped like Word's output: header tables, styles, document info, a header and footer,
# a list, a table, a field, a footnote, a picture, and Welsh letters as \uN with fallbacks.
WORD_LIKE = r"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31505\deflang2057\deflangfe2057
{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}
{\f3\fbidi \froman\fcharset2\fprq2{\*\panose 05050102010706020507}Symbol;}
{\f44\fbidi \fswiss\fcharset238\fprq2 Calibri CE;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}
{\*\defchp \fs22\loch\af31506\hich\af31506\dbch\af31505 }
{\stylesheet{\ql \li0\ri0\sa160\sl259\slmult1 \f0\fs22\lang2057 \snext0 \sqformat \spriority0 Normal;}
{\s1\ql \sb240\sa0 \b\f0\fs32 \sbasedon0 \snext0 heading 1;}}
{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc23{\leveltext\'01\u-3913 ?;}{\levelnumbers;}\f3 }{\listname ;}\listid1}}
{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}
{\*\rsidtbl \rsid1050\rsid2041}{\mmathPr\mmathFont34\mbrkBin0}
{\info{\title Cyfweliad}{\author Si\u226\'e2n}{\operator Edau}{\creatim\yr2024\mo3\dy5\hr10\min2}}
{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}
\paperw11906\paperh16838\margl1440\margr1440
{\header \pard\plain \s15\qc Pennawd y dudalen\par}
{\footer \pard\plain \s16\qc Tudalen {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}
{\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang {\pntxta .}}
\pard\plain \s1\sb240 \b\f0\fs32 Cyfweliad 3\par
\pard\plain \f0\fs22 Interviewer:\tab Sut mae pethau yn y pentref?\par
\pard\plain \f0\fs22 Si\u226\'e2n:\tab Mae\rquote r d\u373\'77r yn oer ond mae\rquote r t\u375\'79 yn gynnes{\cs17\super \chftn {\footnote \pard\plain \s18 {\cs17\super \chftn } Cofnodwyd yn Nhregaron.}}.\par
\pard\plain \f0\fs22 \par
\pard\plain \f0\fs22 Ll\u375\'79r:\tab Dw i\rquote n cytuno \endash  wir.\par
{\listtext\pard\plain \f3\fs22 \'b7\tab}\pard\plain \ls1\f0\fs22 Gwaith\par
{\listtext\pard\plain \f3\fs22 \'b7\tab}\pard\plain \ls1\f0\fs22 Teulu\par
\trowd \trgaph108\trleft-108\cellx4513\cellx9026\pard\plain \intbl Enw\cell Oed\cell \row
\trowd \trgaph108\trleft-108\cellx4513\cellx9026\pard\plain \intbl Aled\cell 42\cell \row
\pard\plain \f44 Gwel {\field{\*\fldinst {HYPERLINK "https://example.org/" }}{\fldrslt {\cf2\ul y wefan}}}.\par
{\*\shppict{\pict{\*\picprop}\picw100\pich100\pngblip 89504e470d0a1a0a0000000d49484452}}{\nonshppict{\pict\wmetafile8 0100090000}}
\pard\plain {\*\bkmkstart _GoBack}{\*\bkmkend _GoBack}Diwedd.\par
{\*\themedata 504b030414000600}{\*\colorschememapping 3c3f786d6c}{\*\datastore 0105000002000000}
}"""

# Shaped like WordPad's output, with Windows-1252 escapes for curly quotes and dashes.
WORDPAD = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\f0\fs22\lang9 Interviewer: \'93Beth yw\'92r stori?\'94\par
Si\'e2n: Stori hir \'96 ac un dda \'97 wrth gwrs.\line Ail linell.\par
}
"""

for name, text in {"word_like.rtf": WORD_LIKE, "wordpad.rtf": WORDPAD}.items():
    with open(name, "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("ascii"))
