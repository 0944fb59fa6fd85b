#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace dockervm::ui {
class SetupWizard;
}

// Drives the wizard through the demo flow, page by page, and renders each page to
// <dir>/NN-name.png. Asynchronous: every step waits for its condition on a timer (no nested event
// loop). Emits finished(exit code) at the end or on the first step that times out.
class ScreenshotDriver : public QObject
{
    Q_OBJECT
public:
    ScreenshotDriver(dockervm::ui::SetupWizard *wizard, const QString &dir,
                     QObject *parent = nullptr);
    void start();
    // Prepended to every file name, e.g. "ko-" for the Korean set (docs/screenshots/ko-*.png).
    void setFilePrefix(const QString &prefix) { m_prefix = prefix; }

signals:
    void finished(int exitCode);

private:
    struct Step
    {
        QString what;                 // for the log and the error
        std::function<bool()> ready;  // wait until true
        std::function<void()> action; // then do this
        int timeoutMs = 30000;
    };
    void add(const QString &what, std::function<bool()> ready, std::function<void()> action,
             int timeoutMs = 30000);
    void shoot(const QString &name);
    void poll();
    // Issue 11's shots (a three-host swarm), after every other.
    void addSwarmSteps();

    QPointer<dockervm::ui::SetupWizard> m_wizard;
    QDir m_dir;
    QList<Step> m_steps;
    QString m_goodImage;
    QString m_prefix;
    int m_index = 0;
    int m_count = 0;
    int m_readyTicks = 0;
    QTimer m_timer;
    QElapsedTimer m_stepClock;
};
