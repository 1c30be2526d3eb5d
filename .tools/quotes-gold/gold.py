"""The annotation vocabulary of dev.py and heldout.py (see README.md)."""

def Q(quote, speaker, n=0):
    """A direct quote: the words between its marks (a list of parts when it runs over paragraphs) and its speaker."""
    return {"kind": "quote", "parts": quote if isinstance(quote, list) else [quote], "speaker": speaker, "n": n}

def X(quote):
    """Quoted words that are no one's speech: listing them as a quote is an error (every occurrence)."""
    return {"kind": "not-quote", "parts": [quote]}

def O(quote):
    """Quoted words whose status is unclear: a quote over them is neither required nor an error."""
    return {"kind": "optional-quote", "parts": [quote]}

def A(evidence, source, n=0):
    """An attribution: a snippet with the verb of saying and its source."""
    return {"kind": "attribution", "evidence": evidence, "source": source, "n": n}

def OA(evidence, n=0):
    """An attribution that is neither required nor an error."""
    return {"kind": "optional-attribution", "evidence": evidence, "n": n}
