#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstddef>
#include <initializer_list>

namespace jlgc {

// One value of a domain enum: the code the database and CSV files store, and
// its label's English source (QT_TRANSLATE_NOOP in the table's context).
template <typename E> struct EnumEntry {
    E value;
    const char* code;
    const char* label;
};

// A domain enum described once: its values in order, their codes and their
// labels, in the window's language (label) or any (source, for reports in
// both languages). A code not in the table reads as the fallback. Each enum
// has one, found by its type: `enumTable(E{})`, defined beside the enum.
template <typename E> class EnumTable {
public:
    template <std::size_t N>
    constexpr EnumTable(const char* context, E fallback, const EnumEntry<E> (&entries)[N])
        : m_context(context), m_fallback(fallback), m_entries(entries), m_size(N)
    {
    }
    // The table keeps the entries: an array that outlives it, not a temporary.
    template <std::size_t N>
    EnumTable(const char* context, E fallback, const EnumEntry<E> (&&entries)[N]) = delete;

    const char* context() const { return m_context; }
    QList<E> all() const
    {
        QList<E> values;
        values.reserve(qsizetype(m_size));
        for (std::size_t i = 0; i < m_size; ++i)
            values << m_entries[i].value;
        return values;
    }
    QString code(E value) const { return QLatin1String(entry(value).code); }
    E fromCode(const QString& code) const
    {
        for (std::size_t i = 0; i < m_size; ++i)
            if (code == QLatin1String(m_entries[i].code))
                return m_entries[i].value;
        return m_fallback;
    }
    const char* source(E value) const { return entry(value).label; }
    QString label(E value) const { return QCoreApplication::translate(m_context, source(value)); }

private:
    // A value not in the table (cast from a number) reads as the fallback.
    const EnumEntry<E>& entry(E value) const
    {
        for (const E wanted : {value, m_fallback})
            for (std::size_t i = 0; i < m_size; ++i)
                if (m_entries[i].value == wanted)
                    return m_entries[i];
        return m_entries[0];
    }

    const char* m_context;
    E m_fallback;
    const EnumEntry<E>* m_entries;
    std::size_t m_size;
};

// The usual functions of an enum's labels struct (FellowStatuses for
// FellowStatus), from its table.
template <typename E> struct EnumLabels {
    static QList<E> all() { return enumTable(E{}).all(); }
    static QString code(E value) { return enumTable(E{}).code(value); }
    static E fromCode(const QString& code) { return enumTable(E{}).fromCode(code); }
    static QString label(E value) { return enumTable(E{}).label(value); }
};

} // namespace jlgc
