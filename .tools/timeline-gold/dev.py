"""Timeline-summary gold, development articles. Annotated from the article text alone, before Lede's timeline
for these articles was looked at (procedure: .tools/timeline-gold/README.md).

Each article: `events` are the dated events of its body, one per date expression that anchors something that
happened or will happen: (sentence snippet, date, key groups). A summary is acceptable when it holds one word
of every key group (a key matches a word that starts with it, case-insensitively; a key of several words must
appear as written). `none` are dated lines or phrases that must give no timeline entry, with the reason.
"""

ARTICLES = [
    dict(corpus="seed-halevi-resigns.txt", events=[
        ("announced his resignation on January 21, 2025", "2025-01-21", [["Halevi"], ["announced", "resign"]]),
        ("surprise attack on October 7, 2023", "2023-10-07", [["Hamas", "surprise"], ["attack"]]),
        ("assumed command of the Israeli Defense Forces", "2023-01", [["Halevi"], ["assumed", "command"]]),
        ("effective March 6, 2025", "2025-03-06", [["Halevi", "resign", "decision"], ["resign", "decision", "comes", "effective"]]),
        ("The October 7 attack remains a defining moment", "2023-10-07", [["attack"], ["remains", "defining"]]),
        ("On that day, Hamas fighters launched", "2023-10-07", [["Hamas", "fighters"], ["launched", "assault"]]),
        ("As of January 2025, more than 90 hostages", "2025-01", [["hostages"], ["held"]]),
        ("On the same day as his resignation, Israel launched", "2025-01-21", [["Israel"], ["launched", "operation"]]),
        ("which began on January 18, 2025", "2025-01-18", [["ceasefire"], ["began"]]),
        ("The attack on October 7 shocked the nation", "2023-10-07", [["attack"], ["shocked"]]),
    ], none=[
        ("1 thought on", "comments footer"),
        ("The October 7 Assault: A Devastating Surprise Attack", "heading"),
    ]),
    dict(corpus="wikinews-2015-09-12-mecca-crane-collapse.html", events=[
        ("A storm yesterday caused a crane to fall", "2015-09-11", [["storm", "crane"], ["caused", "fall"]]),
        ("The accident, which occurred yesterday afternoon", "2015-09-11", [["accident"], ["occurred", "caused"]]),
    ], none=[
        ("Saturday, September 12, 2015", "dateline"),
        ("pilgrims at Mecca's Grand Mosque in 2008", "photo caption"),
        ("This page is archived", "archive notice"),
    ]),
    dict(corpus="wikinews-2006-08-06-castro-recovering.txt", events=[
        ("following surgery last Monday for intestinal bleeding", "2006-07-31", [["Castro", "condition"], ["surgery", "condition", "satisfactory"]]),
        ("On Saturday, Cuban parliamentary speaker Ricardo Alcaron told", "2006-08-05", [["Alcaron", "speaker"], ["told"]]),
        ("who turns 80 later this month", "2006-08", [["Castro"], ["turns"]]),
        ("since his surgery was announced last Monday", "2006-07-31", [["surgery", "pictures"], ["announced", "released"]]),
        ("had led the country since the 1959 Cuban Revolution", "1959", [["Castro", "Revolution"], ["led", "Revolution"]]),
    ], none=[
        ("Sunday, August 6, 2006", "dateline"),
        ("this morning I learned that he's very well", "inside a quote, the day of the speech"),
        ("The Independent, August 6, 2006", "source citation"),
        ("CNN, August 5, 2006", "source citation"),
        ("Toronto Star, August 6, 2006", "source citation"),
    ]),
    dict(corpus="wikinews-2006-03-27-greek-court-worship-ruling.txt", events=[], none=[
        ("Today, about 100,000 Greeks worship", "these days, not a day"),
    ]),
    dict(corpus="wikinews-2015-05-18-asylum-seekers-rescued-indonesia.txt", events=[
        ("On Friday, fishermen rescued over 700 asylum seekers", "2015-05-15", [["fishermen"], ["rescued"]]),
        ("the first boat rescued on Friday was turned around twice", "2015-05-15", [["boat", "Amin", "Rohingya"], ["turned", "rescued"]]),
    ], none=[
        ("Monday, May 18, 2015", "dateline"),
    ]),
    dict(corpus="wikinews-2015-08-21-north-korea-quasi-state-of-war.txt", events=[
        ("exchanged artillery fire yesterday", "2015-08-20", [["Korea"], ["exchanged"]]),
        ("made another grave provocation to the DPRK", "2015-08-20", [["maniacs", "military"], ["made", "provocation"]]),
        ("Yesterday, North Korea fired artillery rounds", "2015-08-20", [["Korea"], ["fired"]]),
        ("The broadcasts began on August 10", "2015-08-10", [["broadcasts"], ["began"]]),
    ], none=[
        ("Friday, August 21, 2015", "dateline"),
        ("This page was last edited on 9 September 2015", "page furniture"),
        ("All text created after September 25, 2005", "licence line"),
    ]),
    dict(corpus="wikinews-2015-09-22-ahmed-mohamed-clock.html", events=[
        ("News of police response to a boy's digital clock in Texas last week", "2015-W38", [["news", "response"], ["inspired"]]),
        ("Yesterday Mohamed received VIP attention", "2015-09-21", [["Mohamed"], ["received"]]),
        ("tomorrow he plans to meet international dignitaries", "2015-09-23", [["he", "Mohamed"], ["plans", "meet"]]),
        ("to school on September 14", "2015-09-14", [["Mohamed"], ["brought"]]),
        ("a VIP guest at the Google Science Fair this weekend", "2015-W38-WE", [["Mohamed"], ["guest"]]),
        ("On Wednesday, Mohamed and his father are to travel", "2015-09-23", [["Mohamed", "father"], ["travel"]]),
        ("over one million times by Thursday night", "2015-09-17", [["hashtag", "messages"], ["used"]]),
    ], none=[
        ("Tuesday, September 22, 2015", "dateline"),
    ]),
    # MEANTIME development articles (every sixth of ../shared/gold/meantime-dev.jsonl), whole texts.
    dict(meantime="100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing", events=[
        ("by 2010-11 production of the remainder", "2010", [["production"], ["carried", "Mobile"]]),
        ("can be tested in 2010", "2010", [["aircraft", "Lichte"], ["tested"]]),
        ("challenged by Lockheed and Sikorsky in 2006", "2006", [["Boeing"], ["challenged"]]),
        ("production of 100 tankers in 2003", "2003", [["prepared", "production"]]),
        ("in 2003 a scandal erupted", "2003", [["scandal"], ["erupted"]]),
    ], none=[
        ("March 01, 2008", "dateline"),
    ]),
    dict(meantime="1173_Internal_emails_expose_Boeing-Air_Force_contract_discussions", events=[
        ("during a speech last week", "2004-W47", [["McCain"], ["entered", "speech"]]),
        ("rejected the proposal in October", "2004-10", [["lawmakers"], ["rejected"]]),
        ("in last year's authorizing language", "2003", [["analysis", "authorizing", "language"]]),
    ], none=[
        ("November 24, 2004", "dateline"),
    ]),
    dict(meantime="276079_Boeing_rolls_out_first_787_Dreamliner_to_go_into_service", events=[
        ("were to take delivery in May 2008", "2008-05", [["ANA", "Japan"], ["delivery"]]),
        ("will now receive the aircraft next month", "2011-09", [["ANA", "Japan"], ["receive"]]),
        ("arrives in Tokyo next month", "2011-09", [["787", "airline"], ["arrives", "use", "charter"]]),
    ], none=[
        ("August 08, 2011", "dateline"),
    ]),
    dict(meantime="5403_Boeing_allowed_to_bid_for_U.S._space_launch_contracts_again", events=[
        ("suspended since July 24, 2003", "2003-07-24", [["Boeing"], ["suspended"]]),
        ("during the 1998 evolved expendable launch vehicle", "1998", [["company", "Boeing", "Lockheed", "rival"], ["discovered", "possession", "rival", "process"]]),
    ], none=[
        ("March 06, 2005", "dateline"),
    ]),
    dict(meantime="78496_Airbus_A380_test_flight_delayed_after_accident", events=[
        ("was delayed today after a superficial accident", "2007-09-01", [["flight"], ["delayed"]]),
        ("its scheduled 9:45 a.m. local time departure", "2007-09-01", [["plane"], ["left"]]),
        ("since it opened last September", "2006-09", [["opened", "airport", "Suvarnabhumi"]]),
    ], none=[
        ("September 01, 2007", "dateline"),
    ]),
    dict(meantime="1007169_Mary_Barra_appointed_as_General_Motors_chief", events=[
        ("today named Mary Barra", "2013-12-10", [["Motors"], ["named"]]),
        ("chief executive and chairman in 2009", "2009", [["Akerson"], ["appointed"]]),
        ("stand down on January 15", "2014-01-15", [["Akerson"], ["stand", "plans"]]),
        ("initial bailout in 2008", "2008", [["bailout"]]),
        ("re-entered the stock market in November 2010", "2010-11", [["re-entered", "stock"]]),
        ("sales figures of $152 billion in 2012", "2012", [["sales", "posting"]]),
    ], none=[
        ("December 10, 2013", "dateline"),
        ("an exciting time at today's GM", "inside a quote, the day of the speech"),
    ]),
    dict(meantime="123881_GM_and_Chrysler_receive_Canadian_loans_amid_US_restructuring_ultimata", events=[
        ("compared to March of 2008", "2008-03", [["sales"], ["dropped"]]),
        ("until the end of May to restructure", "2009-05", [["GM"], ["restructure", "until"]]),
        ("was replaced Sunday with Fritz Henderson", "2009-03-29", [["Wagoner"], ["replaced"]]),
        ("Henderson spoke out on Tuesday", "2009-03-31", [["Henderson"], ["spoke"]]),
        ("fell only 17.3% compared to 2008", "2008", [["sales"], ["fell"]]),
        ("Since December GM and Chrysler have received", "2008-12", [["GM", "Chrysler"], ["received"]]),
    ], none=[
        ("April 03, 2009", "dateline"),
    ]),
    dict(meantime="126878_Bankruptcy_for_U.S._automaker_GM_becomes_almost_certain_after_bondholder_offers_fail", events=[
        ("General Motors announced on Wednesday", "2009-05-27", [["Motors"], ["announced"]]),
        ("has a June 1 deadline", "2009-06-01", [["deadline"]]),
    ], none=[
        ("May 28, 2009", "dateline"),
    ]),
    dict(meantime="143480_Automaker_GM_to_cut_10,000_jobs_at_Opel", events=[
        ("Smith announced the company's move on Wednesday", "2009-11-04", [["Smith"], ["announced"]]),
    ], none=[
        ("November 05, 2009", "dateline"),
    ]),
    dict(meantime="39951_Australian_government_announces_52.5_million_financial_assistance_package_for_Ford", events=[
        ("Ian MacDonald today announced", "2006-05-05", [["Howard", "MacDonald"], ["announced"]]),
        ("a major facelift in 2002", "2002", [["facelift"]]),
        ("and another in 2005", "2005", [["facelift"]]),
        ("dates back to 1998", "1998", [["bodyshell", "Falcon"], ["dates"]]),
        ("until at least 2007 when the new model", "2007", [["Falcon", "model"], ["serve", "anticipated"]]),
        ("released in the second half of this year", "2006-H2", [["Commodore", "Holden", "released"]]),
        ("built in Australia since 1960", "1960", [["Falcon"], ["built"]]),
    ], none=[
        ("May 05, 2006", "dateline"),
    ]),
]
