#ifndef LEDE_CLIBXML2_SHIM_H
#define LEDE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// A clean build that also imports Foundation fails on a duplicate UErrorCode otherwise.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer, which Swift cannot call directly.
static inline void lede_xml_free(void *p) { xmlFree(p); }
#endif
