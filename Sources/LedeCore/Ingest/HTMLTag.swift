import CLibXML2

/// The HTML elements reader mode tells apart, as a small enum so the element table compares integers.
/// libxml2's HTML parser lower-cases element names, so a byte comparison of the name is enough.
enum HTMLTag: UInt8 {
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, canvas, iframe, object, embed, video, audio, map, applet
    case frame, frameset, picture, source, track
    case form, fieldset, input, button, select, textarea, label, option, datalist, output, progress, meter
    case div, p, section, article, main, header, footer, nav, aside, address, center, details, summary, dialog
    case menu, hgroup
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption, col, colgroup
    case blockquote, pre, code, figure, figcaption, hr, br, img, wbr
    case a, abbr, b, bdi, bdo, cite, data, del, dfn, em, font, i, ins, kbd, mark, q, ruby, rt, rp, s, samp, small
    case span, strike, strong, sub, sup, time, tt, u, `var`, big

    static let byName: [String: HTMLTag] = {
        var m: [String: HTMLTag] = [:]
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math,
            .canvas, .iframe, .object, .embed, .video, .audio, .map, .applet, .frame, .frameset, .picture, .source,
            .track, .form, .fieldset, .input, .button, .select, .textarea, .label, .option, .datalist, .output,
            .progress, .meter, .div, .p, .section, .article, .main, .header, .footer, .nav, .aside, .address,
            .center, .details, .summary, .dialog, .menu, .hgroup, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl,
            .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .col, .colgroup, .blockquote, .pre,
            .code, .figure, .figcaption, .hr, .br, .img, .wbr, .a, .abbr, .b, .bdi, .bdo, .cite, .data, .del, .dfn,
            .em, .font, .i, .ins, .kbd, .mark, .q, .ruby, .rt, .rp, .s, .samp, .small, .span, .strike, .strong,
            .sub, .sup, .time, .tt, .u, .var, .big,
        ]
        for t in all { m[String(describing: t).replacingOccurrences(of: "`", with: "")] = t }
        return m
    }()

    /// The tag of an element node (names outside the list are `.other`).
    static func of(_ n: xmlNodePtr) -> HTMLTag {
        guard let p = n.pointee.name else { return .other }
        var len = 0
        while p[len] != 0 { len += 1; if len > 12 { return .other } }
        // Feeds hand XHTML with upper-case names now and then; HTML from libxml2 is already lower-case.
        var name = String(decoding: UnsafeBufferPointer(start: p, count: len), as: UTF8.self)
        if name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { name = name.lowercased() }
        return byName[name] ?? .other
    }

    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }

    var isHeading: Bool { headingLevel != nil }

    /// Elements whose content is never article text.
    var isNeverContent: Bool {
        switch self {
        case .script, .style, .noscript, .template, .head, .title, .meta, .link, .base, .canvas, .iframe, .object,
             .embed, .video, .audio, .map, .applet, .frame, .frameset, .source, .track, .svg, .input, .select,
             .textarea, .button, .option, .datalist, .dialog:
            return true
        default:
            return false
        }
    }

    /// Readability's phrasing content: elements that sit inside a paragraph's line.
    var isPhrasing: Bool {
        switch self {
        case .abbr, .audio, .b, .bdo, .br, .button, .cite, .code, .data, .datalist, .dfn, .em, .embed, .i, .img,
             .input, .kbd, .label, .mark, .math, .meter, .noscript, .object, .output, .progress, .q, .ruby, .samp,
             .script, .select, .small, .span, .strong, .sub, .sup, .textarea, .time, .var, .wbr, .font, .tt, .u,
             .s, .strike, .big, .bdi, .rt, .rp:
            return true
        default:
            return false
        }
    }

    /// A child of one of these makes a `<div>` a container rather than a paragraph.
    var makesDivAContainer: Bool {
        switch self {
        case .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul: return true
        default: return false
        }
    }

    /// Elements that start a new block when rendered.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .pre, .blockquote, .li, .ul, .ol, .dl, .dt, .dd, .table, .tr,
             .td, .th, .tbody, .thead, .tfoot, .figure, .figcaption, .h1, .h2, .h3, .h4, .h5, .h6, .address, .center,
             .caption, .hr, .details, .summary, .body, .html, .header, .footer, .nav, .aside, .form, .fieldset,
             .hgroup, .menu:
            return true
        default:
            return false
        }
    }
}
