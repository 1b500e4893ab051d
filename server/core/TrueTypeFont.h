#pragma once

// A TrueType font (.ttf, glyf outlines) read as hostile input: every offset and length in
// the file is checked before it is read, and a damaged font gives an error, never a crash.
// It answers what PdfDocument needs to embed the font: the glyph of a code point (cmap
// formats 4 and 12), its advance width (hmtx), the font's metrics (head, hhea), and a
// subset that keeps the glyph ids but empties every glyph not asked for (composite glyphs
// keep their components), so that a report embeds kilobytes instead of the whole font.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <cstdint>

namespace keyward::core {

class TrueTypeFont
{
public:
    // The file is read whole; fonts above 64 MiB are refused.
    [[nodiscard]] static Result<TrueTypeFont> fromFile(const QString &path);
    [[nodiscard]] static Result<TrueTypeFont> fromData(QByteArray data);

    int glyphCount() const { return m_glyphCount; }
    int unitsPerEm() const { return m_unitsPerEm; }
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    // xMin, yMin, xMax, yMax in font units.
    QList<int> boundingBox() const { return {m_xMin, m_yMin, m_xMax, m_yMax}; }
    bool fixedPitch() const { return m_fixedPitch; }

    // The glyph that draws a code point; 0 (.notdef) when the font has none.
    std::uint16_t glyph(char32_t codePoint) const;
    // In font units; 0 for a glyph id the font does not have.
    int advance(std::uint16_t glyph) const;
    // Whether the glyph has an outline (a space has none, nor a glyph a subset left out).
    bool hasOutline(std::uint16_t glyph) const;

    // A font file with the same glyph ids where only the glyphs of `codePoints` (code
    // point -> glyph, as glyph() gave them), .notdef and their components keep their
    // outlines; its cmap maps exactly those code points. The hinting programs (cvt, fpgm,
    // prep) come along unless `keepHinting` is false.
    [[nodiscard]] Result<QByteArray> subset(const QMap<char32_t, std::uint16_t> &codePoints,
                                            bool keepHinting = true) const;

private:
    struct Table
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    struct Group
    {
        char32_t first = 0;
        char32_t last = 0;
        std::uint32_t glyph = 0;
    };

    TrueTypeFont() = default;
    [[nodiscard]] Status parse();
    [[nodiscard]] Status parseCmap();
    [[nodiscard]] Result<QByteArray> glyphData(std::uint16_t glyph) const;
    QByteArray table(std::uint32_t tag) const;
    bool has(std::uint32_t tag) const { return m_tables.contains(tag); }

    QByteArray m_data;
    QMap<std::uint32_t, Table> m_tables;
    int m_glyphCount = 0;
    int m_unitsPerEm = 0;
    int m_ascent = 0;
    int m_descent = 0;
    int m_xMin = 0, m_yMin = 0, m_xMax = 0, m_yMax = 0;
    int m_hMetrics = 0;
    bool m_longLoca = false;
    bool m_fixedPitch = false;
    QList<Group> m_groups; // the cmap, sorted by code point, without overlaps
};

} // namespace keyward::core
