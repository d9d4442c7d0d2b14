#pragma once

#include <QChartView>

class QAction;

namespace jlgc {

// A chart of the dashboard that the user can take elsewhere: Copy Chart puts
// a picture of it on the clipboard, Save Chart as PNG writes one to a file
// (context menu, or the keys of the copy action when it has the focus).
class DashboardChartView : public QChartView {
    Q_OBJECT
public:
    explicit DashboardChartView(QWidget* parent = nullptr);

    // Replaces the chart shown (the view owns it).
    void replaceChart(QChart* chart);
    // The chart drawn at its size on screen, at the screen's resolution.
    QImage image();
    void copyToClipboard();
    // Writes the picture as PNG; false (and a message) when it cannot.
    bool saveAs(const QString& path);
    // Asks where to save, then saves.
    void saveWithDialog();

    QAction* copyAction() const { return m_copy; }
    QAction* saveAction() const { return m_save; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QAction* m_copy;
    QAction* m_save;
};

} // namespace jlgc
