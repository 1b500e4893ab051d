// Fuzzes the TrueType reader keywardd embeds report fonts with. A font it refuses must
// say why; a font it accepts answers for any code point and glyph, and a subset of it
// reads back with the same glyphs and widths and subsets to itself.

#include "core/TrueTypeFont.h"

#include <cstdlib>

using namespace keyward::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto font =
        TrueTypeFont::fromData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!font) {
        if (font.message().empty())
            std::abort();
        return 0;
    }
    QMap<char32_t, std::uint16_t> used;
    const auto ask = [&](char32_t c) {
        const std::uint16_t glyph = font->glyph(c);
        if (glyph >= font->glyphCount())
            std::abort();
        (void)font->advance(glyph);
        (void)font->hasOutline(glyph);
        if (glyph != 0)
            used.insert(c, glyph);
    };
    for (char32_t c = 0x20; c < 0x7F; ++c)
        ask(c);
    for (const char32_t c : {0x0U, 0xE9U, 0x130U, 0x131U, 0x3A9U, 0x416U, 0xFFFDU, 0xFFFFU,
                             0x1F600U, 0x10FFFFU, 0x110000U, 0xFFFFFFFFU})
        ask(c);
    (void)font->advance(0xFFFF);
    (void)font->hasOutline(0xFFFF);

    auto subset = font->subset(used);
    if (!subset) {
        if (subset.message().empty())
            std::abort();
        return 0;
    }
    auto again = TrueTypeFont::fromData(*subset);
    if (!again)
        std::abort();
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        if (again->glyph(it.key()) != it.value() ||
            again->advance(it.value()) != font->advance(it.value()) ||
            again->hasOutline(it.value()) != font->hasOutline(it.value()))
            std::abort();
    auto twice = again->subset(used);
    if (!twice || *twice != *subset)
        std::abort();
    return 0;
}
