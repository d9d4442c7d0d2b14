// CSV files a careless or hostile source brings, for the safety tests and
// for bench/importbench.cpp, which prints how long they take.
#pragma once

#include <QByteArray>

namespace jlgc::test {

// A chain of JETAA subchapters, the deepest first: each row names the next
// row as its parent, so no row's parent is known when it is read.
inline QByteArray chapterChain(int depth)
{
    QByteArray csv = "Name,Parent chapter,State or province\r\n";
    for (int i = depth - 1; i >= 0; --i)
        csv += "Chapter " + QByteArray::number(i) + "," +
               (i > 0 ? "Chapter " + QByteArray::number(i - 1) : QByteArray()) + ",NY\r\n";
    return csv;
}

// Three people in a file of `columns` columns, all but the names extra.
inline QByteArray wideCsv(int columns)
{
    QByteArray csv = "Family name,Given name";
    for (int c = 2; c < columns; ++c)
        csv += ",Extra " + QByteArray::number(c);
    csv += "\r\n";
    for (int r = 0; r < 3; ++r) {
        csv += "Yamada" + QByteArray::number(r) + ",Taro";
        for (int c = 2; c < columns; ++c)
            csv += ",v";
        csv += "\r\n";
    }
    return csv;
}

} // namespace jlgc::test
