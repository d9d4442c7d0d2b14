#pragma once

#include "common/itemtablemodel.h"
#include "domain/jetaachapter.h"

#include <QHash>

namespace jlgc {

// The chapters as a tree laid out in a table: each subchapter follows its
// chapter, indented, as long as the list is sorted by name (the Name column
// sorts by position in the tree).
class ChapterTableModel : public ItemTableModel<JetaaChapter> {
    Q_OBJECT
public:
    enum Column {
        Name,
        ShortName,
        Country,
        Subdivision,
        City,
        Status,
        Members,
        President,
        Founded,
        ColumnCount
    };

    explicit ChapterTableModel(QObject* parent = nullptr);

    void setChapters(QList<JetaaChapter> chapters, QHash<QString, QString> subdivisionNames,
                     const QDate& today);
    const JetaaChapter* chapter(int row) const { return item(row); }
    int depth(int row) const;

    QVariant itemData(const JetaaChapter& entry, const QModelIndex& index, int role) const override;

private:
    void layOutTree();

    QHash<QString, QString> m_subdivisions;
    QDate m_today;
    QList<int> m_depth;     // per row
    QList<int> m_treeOrder; // per row: position in the tree, for sorting
};

} // namespace jlgc
