"""Timeline-summary gold, held-out articles (the six of Tests/Fixtures/gold/facts-corpus-heldout.jsonl).
Annotated from the article text alone before any Lede timeline of them was seen, and scored only when the
summary rules were final. Same format as dev.py.
"""

ARTICLES = [
    dict(corpus="wikinews-2010-10-09-scientology-defector-arrested.txt", events=[
        ("He was released on US$ 20,000 bail on Thursday", "2010-10-07", [["He", "Montalvo"], ["released"]]),
        ("employment in Los Angeles on September 24", "2010-09-24", [["Montalvo"], ["left"]]),
        ("On September 29, Scientology officials went", "2010-09-29", [["officials"], ["went"]]),
        ("on October 6 after traveling back from Florida", "2010-10-06", [["Montalvo"], ["walked", "turned", "traveling"]]),
    ], none=[]),
    dict(corpus="wikinews-2015-08-02-italy-religious-school-taxes.txt", events=[
        ("Supreme Court of Cassation on July 8", "2015-07-08", [["sentence", "Court", "Cassation"]]),
        ("for the period from 2004 to 2009", "2004", [["pay", "arrears", "case"]]),
        ("advanced by the Municipality of Livorno in 2010", "2010", [["request"], ["advanced"]]),
        ("In 2014 the Italian municipal tax discipline", "2014", [["tax", "discipline"], ["changed"]]),
        ("requested in arrears from 2006 to 2009", "2006", [["taxes"], ["requested", "ICI"]]),
    ], none=[
        ("Sunday, August 2, 2015", "dateline"),
    ]),
    dict(corpus="wikinews-2016-09-07-fan-expo-canada.txt", events=[
        ("Metro Toronto Convention Centre this weekend", "2016-W35-WE", [["Expo"], ["took"]]),
        ("ran throughout the weekend", "2016-W35-WE", [["Championship", "Arena"], ["ran"]]),
    ], none=[
        ("Wednesday, September 7, 2016", "dateline"),
        ("shortly after opening Friday", "photo caption"),
    ]),
    dict(corpus="wikinews-2018-08-18-aretha-franklin-dies.txt", events=[
        ("home on Thursday morning", "2018-08-16", [["Franklin"], ["died"]]),
        ("died at about 9:50 am local time", "2018-08-16", [["Franklin"], ["died"]]),
        ("Tennessee on March 25, 1942", "1942-03-25", [["Franklin", "Aretha"], ["born"]]),
        ("settled in Detroit around 1946", "1946", [["family"], ["settled"]]),
        ("Her mother died that year", "1952", [["mother"], ["died"]]),
        ("having left the family four years earlier", "1948", [["mother", "family"], ["left"]]),
        ("She contracted in 1956 to JVB Records", "1956", [["contracted"]]),
        ("then in 1960 to Columbia Records", "1960", [["contracted", "Columbia"]]),
        ("and in 1966 to Atlantic Records", "1966", [["contracted", "Atlantic"]]),
        ("the Queen of Soul\" in 1967", "1967", [["acquired", "nickname"]]),
        ("best R&B performance in 1968", "1968", [["Respect", "songs"], ["won"]]),
        ("every year from then through 1975", "1975", [["won"]]),
        ("In 1987 she became the first woman", "1987", [["became"], ["woman", "Hall"]]),
        ("career resurged in the 1980s", "198", [["career"], ["resurged"]]),
        ("was a 1987 duet with British singer", "1987", [["hit", "duet"]]),
        ("in November of last year, at an Elton John", "2017-11", [["performance"]]),
        ("As of June last year", "2017-06", [["working", "album"]]),
        ("toured in the late 1950s", "195", [["toured"]]),
        ("organizing the 1963 Detroit Walk to Freedom", "1963", [["father", "Walk"], ["organizing", "involved", "Walk"]]),
        ("when King was assassinated in 1968", "1968", [["King", "she"], ["assassinated", "sang"]]),
        ("She told Vogue magazine in 2015", "2015", [["told"]]),
        ("She sang at Barack Obama's 2009 inauguration", "2009", [["sang"]]),
    ], none=[
        ("Posted on August 18, 2018 by admin", "byline"),
        ("Aretha Franklin at Barack Obama's inauguration in 2009. Image", "photo caption"),
        ("1 thought on", "comments footer"),
    ]),
    dict(corpus="wikinews-2018-06-19-world-cup-day-five.txt", events=[
        ("Yesterday, day five of the 2018 FIFA", "2018-06-18", [["Sweden"], ["defeated"]]),
        ("World Cup since 1958", "1958", [["victory"]]),
    ], none=[
        ("day five of the 2018 FIFA football World Cup", "a year naming the tournament; the sentence's day is its event"),
        ("I think we have learned a lot from today's game", "inside a quote, the day of the speech"),
        ("2 thoughts on", "comments footer"),
    ]),
    dict(corpus="wikinews-2008-01-20-hackers-attack-scientology-site.html", events=[
        ("an Internet posting made just over 24 hours ago", "2008-01-19", [["posting", "website", "attacked"]]),
        ("The attack was launched on Wednesday", "2008-01-16", [["attack"], ["launched"]]),
        ("posted internal church documents in 1994", "1994", [["posted", "documents"]]),
        ("As of 15:11 GMT the site was accessible again", "2008-01-19", [["site"], ["accessible"]]),
        ("by the end of the day Saturday", "2008-01-19", [["site"], ["loading"]]),
        ("Operation Clambake from Friday theorized", "2008-01-18", [["Posts", "Clambake"], ["theorized"]]),
        ("as of Friday the Scientology.org site", "2008-01-18", [["site", "wrote"], ["loading", "wrote"]]),
    ], none=[
        ("Someone emailed me earlier today", "inside a quote, the day of the speech"),
        ("Source: Wikinews (CC BY 2.5)", "licence line"),
    ]),
]
