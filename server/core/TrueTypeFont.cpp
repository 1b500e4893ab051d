#include "core/TrueTypeFont.h"

#include <QFile>
#include <QSet>
#include <algorithm>

namespace keyward::core {

namespace {

constexpr qsizetype MaxFontSize = 64 * 1024 * 1024;

constexpr std::uint32_t tag(const char (&name)[5])
{
    return std::uint32_t(std::uint8_t(name[0])) << 24 | std::uint32_t(std::uint8_t(name[1])) << 16 |
           std::uint32_t(std::uint8_t(name[2])) << 8 | std::uint32_t(std::uint8_t(name[3]));
}

// Readers for a range the caller has checked.
std::uint16_t u16(const QByteArray &d, qsizetype at)
{
    return std::uint16_t(std::uint8_t(d[at]) << 8 | std::uint8_t(d[at + 1]));
}

std::int16_t i16(const QByteArray &d, qsizetype at)
{
    return std::int16_t(u16(d, at));
}

std::uint32_t u32(const QByteArray &d, qsizetype at)
{
    return std::uint32_t(u16(d, at)) << 16 | u16(d, at + 2);
}

void put16(QByteArray &d, qsizetype at, std::uint16_t v)
{
    d[at] = char(v >> 8);
    d[at + 1] = char(v & 0xff);
}

void put32(QByteArray &d, qsizetype at, std::uint32_t v)
{
    put16(d, at, std::uint16_t(v >> 16));
    put16(d, at + 2, std::uint16_t(v & 0xffff));
}

void append16(QByteArray &d, std::uint16_t v)
{
    d.append(char(v >> 8)).append(char(v & 0xff));
}

void append32(QByteArray &d, std::uint32_t v)
{
    append16(d, std::uint16_t(v >> 16));
    append16(d, std::uint16_t(v & 0xffff));
}

std::uint32_t checksum(const QByteArray &table)
{
    QByteArray padded = table;
    while (padded.size() % 4)
        padded.append('\0');
    std::uint32_t sum = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

Error damaged(const std::string &what)
{
    return fail(ErrorKind::Invalid, "damaged font: " + what);
}

// A cmap format 4 subtable (BMP) and a format 12 one (every plane) for these mappings.
QByteArray cmapTable(const QMap<char32_t, std::uint16_t> &map)
{
    QList<QPair<std::uint16_t, std::uint16_t>> bmp;
    // Its length is 16 bits: past 8,000 code points only the format 12 subtable, which
    // readers prefer, has them all.
    for (auto it = map.cbegin(); it != map.cend() && bmp.size() < 8000; ++it)
        if (it.key() < 0xFFFF)
            bmp.append({std::uint16_t(it.key()), it.value()});
    bmp.append({0xFFFF, 0}); // the segment every format 4 ends with
    const auto segments = std::uint16_t(bmp.size());
    QByteArray f4;
    append16(f4, 4);
    append16(f4, std::uint16_t(16 + 8 * segments));
    append16(f4, 0);
    append16(f4, std::uint16_t(2 * segments));
    std::uint16_t power = 1, log = 0;
    while (power * 2 <= segments) {
        power *= 2;
        ++log;
    }
    append16(f4, std::uint16_t(2 * power));
    append16(f4, log);
    append16(f4, std::uint16_t(2 * segments - 2 * power));
    for (const auto &[cp, glyph] : bmp)
        append16(f4, cp); // endCode
    append16(f4, 0);
    for (const auto &[cp, glyph] : bmp)
        append16(f4, cp); // startCode
    for (const auto &[cp, glyph] : bmp)
        append16(f4, cp == 0xFFFF ? 1 : std::uint16_t(glyph - cp)); // idDelta
    for (qsizetype i = 0; i < bmp.size(); ++i)
        append16(f4, 0); // idRangeOffset
    QByteArray f12;
    append16(f12, 12);
    append16(f12, 0);
    append32(f12, std::uint32_t(16 + 12 * map.size()));
    append32(f12, 0);
    append32(f12, std::uint32_t(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        append32(f12, it.key());
        append32(f12, it.key());
        append32(f12, it.value());
    }
    QByteArray out;
    append16(out, 0);
    append16(out, 2);
    append16(out, 3); // Windows, Unicode BMP
    append16(out, 1);
    append32(out, 4 + 2 * 8);
    append16(out, 3); // Windows, Unicode full repertoire
    append16(out, 10);
    append32(out, std::uint32_t(4 + 2 * 8 + f4.size()));
    return out + f4 + f12;
}

} // namespace

Result<TrueTypeFont> TrueTypeFont::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Unavailable,
                    "cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    if (file.size() > MaxFontSize)
        return fail(ErrorKind::Invalid, path.toStdString() + " is too large for a font");
    auto font = fromData(file.readAll());
    if (!font)
        return fail(font.kind(), path.toStdString() + ": " + font.message());
    return font;
}

Result<TrueTypeFont> TrueTypeFont::fromData(QByteArray data)
{
    if (data.size() > MaxFontSize)
        return fail(ErrorKind::Invalid, "too large for a font");
    TrueTypeFont font;
    font.m_data = std::move(data);
    if (auto parsed = font.parse(); !parsed)
        return parsed.error();
    return font;
}

QByteArray TrueTypeFont::table(std::uint32_t name) const
{
    const auto it = m_tables.constFind(name);
    return it == m_tables.cend() ? QByteArray() : m_data.mid(it->offset, it->length);
}

Status TrueTypeFont::parse()
{
    const QByteArray &d = m_data;
    if (d.size() < 12)
        return damaged("shorter than its header");
    const std::uint32_t version = u32(d, 0);
    if (version == tag("OTTO"))
        return fail(ErrorKind::Invalid, "a CFF (OpenType) font, not a TrueType one");
    if (version != 0x00010000 && version != tag("true"))
        return fail(ErrorKind::Invalid, "not a TrueType font");
    const int count = u16(d, 4);
    if (count == 0 || 12 + qsizetype(count) * 16 > d.size())
        return damaged("the table directory is cut short");
    for (int i = 0; i < count; ++i) {
        const qsizetype at = 12 + qsizetype(i) * 16;
        const std::uint32_t name = u32(d, at);
        const qsizetype offset = u32(d, at + 8);
        const qsizetype length = u32(d, at + 12);
        if (offset > d.size() || length > d.size() - offset)
            return damaged("a table lies outside the file");
        if (m_tables.contains(name))
            return damaged("a table is listed twice");
        m_tables.insert(name, Table{offset, length});
    }
    for (const std::uint32_t required : {tag("head"), tag("hhea"), tag("maxp"), tag("hmtx"),
                                         tag("cmap"), tag("loca"), tag("glyf")})
        if (!has(required))
            return damaged(
                "a table it needs is missing (head, hhea, maxp, hmtx, cmap, loca, glyf)");

    const Table head = m_tables.value(tag("head"));
    if (head.length < 54 || u32(d, head.offset + 12) != 0x5F0F3CF5)
        return damaged("the head table is not one");
    m_unitsPerEm = u16(d, head.offset + 18);
    if (m_unitsPerEm < 16 || m_unitsPerEm > 16384)
        return damaged("units per em out of range");
    m_xMin = i16(d, head.offset + 36);
    m_yMin = i16(d, head.offset + 38);
    m_xMax = i16(d, head.offset + 40);
    m_yMax = i16(d, head.offset + 42);
    const int locaFormat = i16(d, head.offset + 50);
    if (locaFormat != 0 && locaFormat != 1)
        return damaged("unknown loca format");
    m_longLoca = locaFormat == 1;

    const Table maxp = m_tables.value(tag("maxp"));
    if (maxp.length < 6)
        return damaged("the maxp table is cut short");
    m_glyphCount = u16(d, maxp.offset + 4);
    if (m_glyphCount < 1)
        return damaged("no glyphs");

    const Table hhea = m_tables.value(tag("hhea"));
    if (hhea.length < 36)
        return damaged("the hhea table is cut short");
    m_ascent = i16(d, hhea.offset + 4);
    m_descent = i16(d, hhea.offset + 6);
    m_hMetrics = u16(d, hhea.offset + 34);
    if (m_hMetrics < 1 || m_hMetrics > m_glyphCount)
        return damaged("the number of horizontal metrics is out of range");
    const Table hmtx = m_tables.value(tag("hmtx"));
    if (hmtx.length < qsizetype(m_hMetrics) * 4 + qsizetype(m_glyphCount - m_hMetrics) * 2)
        return damaged("the hmtx table is cut short");

    const Table loca = m_tables.value(tag("loca"));
    const Table glyf = m_tables.value(tag("glyf"));
    const int entry = m_longLoca ? 4 : 2;
    if (loca.length < (qsizetype(m_glyphCount) + 1) * entry)
        return damaged("the loca table is cut short");
    qsizetype previous = 0;
    for (int g = 0; g <= m_glyphCount; ++g) {
        const qsizetype at = loca.offset + qsizetype(g) * entry;
        const qsizetype offset = m_longLoca ? qsizetype(u32(d, at)) : qsizetype(u16(d, at)) * 2;
        if (offset < previous || offset > glyf.length)
            return damaged("a glyph lies outside the glyf table");
        previous = offset;
    }

    const auto post = m_tables.constFind(tag("post"));
    if (post != m_tables.cend() && post->length >= 16)
        m_fixedPitch = u32(d, post->offset + 12) != 0;
    return parseCmap();
}

Status TrueTypeFont::parseCmap()
{
    const QByteArray &d = m_data;
    const Table cmap = m_tables.value(tag("cmap"));
    if (cmap.length < 4)
        return damaged("the cmap table is cut short");
    const int records = u16(d, cmap.offset + 2);
    if (4 + qsizetype(records) * 8 > cmap.length)
        return damaged("the cmap encoding records are cut short");
    // The best Unicode subtable: a format 12 one covers every plane, a format 4 one the BMP.
    int best = 0;
    qsizetype chosen = -1;
    for (int i = 0; i < records; ++i) {
        const qsizetype at = cmap.offset + 4 + qsizetype(i) * 8;
        const int platform = u16(d, at);
        const int encoding = u16(d, at + 2);
        const qsizetype offset = u32(d, at + 4);
        if (offset > cmap.length - 2)
            return damaged("a cmap subtable lies outside the cmap table");
        const int format = u16(d, cmap.offset + offset);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        const int score = !unicode ? 0 : format == 12 ? 2 : format == 4 ? 1 : 0;
        if (score > best) {
            best = score;
            chosen = cmap.offset + offset;
        }
    }
    if (chosen < 0)
        return damaged("no Unicode cmap of format 4 or 12");
    const qsizetype end = cmap.offset + cmap.length;
    if (best == 2) {
        if (end - chosen < 16)
            return damaged("the cmap format 12 header is cut short");
        const qsizetype length = u32(d, chosen + 4);
        const qsizetype groups = u32(d, chosen + 12);
        if (length > end - chosen || groups > (length - 16) / 12 || length < 16)
            return damaged("the cmap format 12 groups are cut short");
        char32_t next = 0;
        for (qsizetype i = 0; i < groups; ++i) {
            const qsizetype at = chosen + 16 + i * 12;
            const char32_t first = u32(d, at);
            const char32_t last = u32(d, at + 4);
            if (first > last || last > 0x10FFFF || (i > 0 && first < next))
                return damaged("the cmap format 12 groups overlap or are out of order");
            m_groups.append(Group{first, last, u32(d, at + 8)});
            next = last + 1;
        }
        return {};
    }
    if (end - chosen < 14)
        return damaged("the cmap format 4 header is cut short");
    const qsizetype length = u16(d, chosen + 2);
    const int segments = u16(d, chosen + 6) / 2;
    if (length > end - chosen || 16 + qsizetype(segments) * 8 > length)
        return damaged("the cmap format 4 segments are cut short");
    const qsizetype ends = chosen + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype ranges = deltas + 2 * segments;
    const qsizetype tableEnd = chosen + length;
    int next = 0;
    for (int s = 0; s < segments; ++s) {
        const int last = u16(d, ends + 2 * s);
        const int first = u16(d, starts + 2 * s);
        const std::uint16_t delta = u16(d, deltas + 2 * s);
        const int rangeOffset = u16(d, ranges + 2 * s);
        if (first > last || first < next)
            return damaged("the cmap format 4 segments overlap or are out of order");
        next = last + 1;
        if (first == 0xFFFF)
            continue;
        for (int c = first; c <= last; ++c) {
            std::uint16_t glyph = 0;
            if (rangeOffset == 0) {
                glyph = std::uint16_t(c + delta);
            } else {
                // idRangeOffset counts from its own place in the table.
                const qsizetype at = ranges + 2 * s + rangeOffset + 2 * qsizetype(c - first);
                if (at + 2 > tableEnd)
                    return damaged("a cmap format 4 glyph index lies outside the table");
                glyph = u16(d, at);
                if (glyph != 0)
                    glyph = std::uint16_t(glyph + delta);
            }
            if (glyph == 0)
                continue;
            const auto cp = char32_t(c);
            if (!m_groups.isEmpty()) {
                Group &p = m_groups.last();
                if (p.last + 1 == cp && p.glyph + (p.last - p.first) + 1 == glyph) {
                    p.last = cp;
                    continue;
                }
            }
            m_groups.append(Group{cp, cp, glyph});
        }
    }
    return {};
}

std::uint16_t TrueTypeFont::glyph(char32_t codePoint) const
{
    const auto it = std::upper_bound(m_groups.cbegin(), m_groups.cend(), codePoint,
                                     [](char32_t c, const Group &g) { return c < g.first; });
    if (it == m_groups.cbegin())
        return 0;
    const Group &g = *(it - 1);
    if (codePoint > g.last)
        return 0;
    const std::uint64_t glyph = std::uint64_t(g.glyph) + (codePoint - g.first);
    return glyph < std::uint64_t(m_glyphCount) ? std::uint16_t(glyph) : 0;
}

int TrueTypeFont::advance(std::uint16_t glyph) const
{
    if (glyph >= m_glyphCount)
        return 0;
    const Table hmtx = m_tables.value(tag("hmtx"));
    const int index = std::min<int>(glyph, m_hMetrics - 1);
    return u16(m_data, hmtx.offset + qsizetype(index) * 4);
}

bool TrueTypeFont::hasOutline(std::uint16_t glyph) const
{
    const auto data = glyphData(glyph);
    return data.ok() && !data->isEmpty();
}

Result<QByteArray> TrueTypeFont::glyphData(std::uint16_t glyph) const
{
    if (glyph >= m_glyphCount)
        return damaged("a glyph id out of range");
    const Table loca = m_tables.value(tag("loca"));
    const Table glyf = m_tables.value(tag("glyf"));
    const auto offset = [&](int g) {
        return m_longLoca ? qsizetype(u32(m_data, loca.offset + qsizetype(g) * 4))
                          : qsizetype(u16(m_data, loca.offset + qsizetype(g) * 2)) * 2;
    };
    // parse() checked that every offset is ordered and inside glyf.
    const qsizetype from = offset(glyph);
    const qsizetype to = offset(glyph + 1);
    const QByteArray data = m_data.mid(glyf.offset + from, to - from);
    if (!data.isEmpty() && data.size() < 10)
        return damaged("a glyph shorter than its header");
    return data;
}

Result<QByteArray> TrueTypeFont::subset(const QMap<char32_t, std::uint16_t> &codePoints,
                                        bool keepHinting) const
{
    // The glyphs kept: .notdef, those asked for and, for a composite glyph, its components.
    QSet<std::uint16_t> kept{0};
    QList<std::uint16_t> pending{0};
    for (const std::uint16_t g : codePoints) {
        if (g >= m_glyphCount)
            return fail(ErrorKind::Invalid, "a glyph id the font does not have");
        if (!kept.contains(g)) {
            kept.insert(g);
            pending.append(g);
        }
    }
    QMap<std::uint16_t, QByteArray> outlines;
    while (!pending.isEmpty()) {
        const std::uint16_t g = pending.takeLast();
        auto data = glyphData(g);
        if (!data)
            return data.error();
        outlines.insert(g, *data);
        if (data->isEmpty() || i16(*data, 0) >= 0)
            continue;
        // A composite: flags, glyph index, two arguments, an optional transform, repeated
        // while MORE_COMPONENTS (0x20) is set.
        const QByteArray &c = *data;
        qsizetype at = 10;
        for (;;) {
            if (at + 4 > c.size())
                return damaged("a composite glyph is cut short");
            const std::uint16_t flags = u16(c, at);
            const std::uint16_t component = u16(c, at + 2);
            if (component >= m_glyphCount)
                return damaged("a composite glyph names a glyph the font does not have");
            if (!kept.contains(component)) {
                kept.insert(component);
                pending.append(component);
            }
            at += 4 + ((flags & 0x0001) ? 4 : 2);
            if (flags & 0x0008)
                at += 2;
            else if (flags & 0x0040)
                at += 4;
            else if (flags & 0x0080)
                at += 8;
            if (at > c.size())
                return damaged("a composite glyph is cut short");
            if (!(flags & 0x0020))
                break;
        }
    }
    const int count = *std::max_element(kept.cbegin(), kept.cend()) + 1;

    QByteArray glyf, hmtx;
    QList<qsizetype> offsets;
    for (int g = 0; g < count; ++g) {
        offsets << glyf.size();
        const QByteArray outline = outlines.value(std::uint16_t(g));
        glyf += outline;
        while (glyf.size() % 4)
            glyf.append('\0');
        const bool used = outlines.contains(std::uint16_t(g));
        append16(hmtx, used ? std::uint16_t(advance(std::uint16_t(g))) : 0);
        append16(hmtx, used && !outline.isEmpty() ? u16(outline, 2) : 0); // lsb = xMin
    }
    offsets << glyf.size();
    // Offsets in words when they fit: two bytes a glyph instead of four.
    const bool longLoca = glyf.size() > 0x1FFFE;
    QByteArray loca;
    for (const qsizetype offset : offsets) {
        if (longLoca)
            append32(loca, std::uint32_t(offset));
        else
            append16(loca, std::uint16_t(offset / 2));
    }

    QByteArray head = table(tag("head"));
    put32(head, 8, 0); // checkSumAdjustment, set below
    put16(head, 50, longLoca ? 1 : 0);
    QByteArray hhea = table(tag("hhea"));
    put16(hhea, 34, std::uint16_t(count));
    QByteArray maxp = table(tag("maxp"));
    put16(maxp, 4, std::uint16_t(count));

    QMap<std::uint32_t, QByteArray> tables{{tag("head"), head},
                                           {tag("hhea"), hhea},
                                           {tag("maxp"), maxp},
                                           {tag("hmtx"), hmtx},
                                           {tag("loca"), loca},
                                           {tag("glyf"), glyf},
                                           {tag("cmap"), cmapTable(codePoints)}};
    // The hinting programs, when the font has them: a viewer runs them at small sizes.
    for (const std::uint32_t hinting : {tag("cvt "), tag("fpgm"), tag("prep")})
        if (keepHinting && has(hinting))
            tables.insert(hinting, table(hinting));

    const auto n = std::uint16_t(tables.size());
    std::uint16_t power = 1, log = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log;
    }
    QByteArray out;
    append32(out, 0x00010000);
    append16(out, n);
    append16(out, std::uint16_t(power * 16));
    append16(out, log);
    append16(out, std::uint16_t(n * 16 - power * 16));
    qsizetype offset = 12 + 16 * n;
    QByteArray body;
    qsizetype headAt = 0;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        append32(out, it.key());
        append32(out, checksum(it.value()));
        append32(out, std::uint32_t(offset + body.size()));
        append32(out, std::uint32_t(it.value().size()));
        if (it.key() == tag("head"))
            headAt = offset + body.size();
        body += it.value();
        while (body.size() % 4)
            body.append('\0');
    }
    out += body;
    put32(out, headAt + 8, 0xB1B0AFBA - checksum(out));
    return out;
}

} // namespace keyward::core
