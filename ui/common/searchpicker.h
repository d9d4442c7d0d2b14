#pragma once

#include <QVariant>
#include <QWidget>
#include <functional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace jlgc {

struct PickerItem {
    QVariant key;          // record id or reference code
    QString label;         // what the field shows once chosen
    QString detail;        // shown beside the label in the list (reading, code, prefecture)
    QStringList keys = {}; // short names and codes that match exactly ("NLC", "VA")
};

// A field that refers to another record: the user types any part of a name
// (kanji, kana, romaji, English, code) and picks from the matches; free text
// is never stored. Empty means "none".
class SearchPicker : public QWidget {
    Q_OBJECT
public:
    using Provider = std::function<QList<PickerItem>(const QString& text)>;

    explicit SearchPicker(QWidget* parent = nullptr);

    void setProvider(Provider provider) { m_provider = std::move(provider); }
    void setPlaceholderText(const QString& text);

    QVariant currentKey() const { return m_key; }
    QString currentLabel() const { return m_label; }
    bool hasCurrent() const { return m_key.isValid() && !m_key.isNull(); }
    void setCurrent(const QVariant& key, const QString& label);
    void clear() { setCurrent({}, {}); }

    QLineEdit* lineEdit() const { return m_edit; }
    // Looks up the text and lists the matches; returns how many there are.
    int search(const QString& text);
    // Chooses the n-th match of the last search.
    void chooseMatch(int n);
    // The matches of the last search, best first.
    const QList<PickerItem>& matches() const { return m_items; }
    // How well an item matches typed text: 0 exactly (name, short name or
    // code), 1 by the beginning of a name or word, 2 otherwise.
    static int rank(const QString& text, const PickerItem& item);

signals:
    // The user chose another record (or cleared the field).
    void currentChanged(const QVariant& key);

private:
    void finishEditing();

    Provider m_provider;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QList<PickerItem> m_items;
    QVariant m_key;
    QString m_label;
};

} // namespace jlgc
