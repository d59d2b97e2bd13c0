// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationViewLoader.h"

#include "conversation/FreedMemory.h"
#include "settings/InstallPaths.h"
#include "ui/conversation/ConversationProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHash>
#include <QOpenGLContext>
#include <QPluginLoader>
#include <QTimer>

#include <functional>

// QtGui's own setter (exported, not in a public header): what Qt::AA_ShareOpenGLContexts makes
// QGuiApplication do at start-up, done here when QtWebEngine is about to need it.
void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace Outpost::ConversationViewLoader {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ConversationViewLoader)
};
} // namespace

QStringList searchPath()
{
    return InstallPaths::plugins(qEnvironmentVariable("OUTPOST_PLUGIN_DIR"));
}

namespace {
// The view is drawn by Qt Quick's software adaptation (QQuickWidget renders into an image the
// window paints like any widget), and Chromium composites its pages in software: QtWebEngine
// turns its GPU off under that adaptation (WebEngineContext's getGLType, Qt 6.4). The window
// never draws through OpenGL. (QtWebEngine still loads the GL driver as it starts, to ask
// whether OpenGL may run on a thread; that is after the window's first paint.) Drawn through
// OpenGL, the view needed its window drawn through OpenGL from the start (QT_WIDGETS_RHI:
// otherwise Qt 6.4 makes the window again when the view is added, a new X window that loses
// the keyboard focus), and on a cold start that window's show() loaded the GL driver (Mesa's,
// with LLVM) and its first frame went through the RHI: 0.2 to 0.3 s before the first messages
// could be painted (stops 41 and 42, traced). Set before the plugin loads, before any Qt Quick
// window exists: the adaptation is chosen once per process. Any value the user set is
// replaced: the window depends on it.
void drawInSoftware()
{
    qputenv("QT_QUICK_BACKEND", "software");
}

// QtWebEngine checks, as soon as its library is loaded, that a context to share with every
// window's is set (and says on stderr that it "seems to be initialized from a plugin" when it
// is missing). Under the software adaptation it never renders through it: the context is set
// and never made (making it is what would load the GL driver).
void ensureShareContext()
{
    if (QOpenGLContext::globalShareContext())
        return;
    qt_gl_set_global_share_context(new QOpenGLContext(qApp));
}

QPluginLoader *loaded = nullptr; // the plugin stays for the life of the process
bool isLoaded()
{
    return loaded != nullptr;
}
} // namespace

ConversationViewFactory *factory(QString *error)
{
    if (loaded)
        return qobject_cast<ConversationViewFactory *>(loaded->instance());
    const QString file = QStringLiteral(OUTPOST_VIEW_PLUGIN_FILE);
    QString why
        = Tr::tr("%1 was not found in %2.").arg(file, searchPath().join(QStringLiteral(", ")));
    for (const QString &dir : searchPath()) {
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo::exists(path))
            continue;
        drawInSoftware();
        ensureShareContext();
        auto *loader = new QPluginLoader(path, qApp);
        auto *f = qobject_cast<ConversationViewFactory *>(loader->instance());
        if (f) {
            loaded = loader;
            return f;
        }
        why = loader->errorString();
        delete loader;
    }
    if (error)
        *error = why;
    return nullptr;
}

namespace {
int openWindows = 0;
bool warmUpPending = false;
// Why a view is kept warm: the objects that asked (a compose window's thread row with a thread
// chosen, the Sent window with a conversation to open), each with its `destroyed` connection.
QHash<QObject *, QMetaObject::Connection> reasons;
// The views and their renderers' hosts are torn down over the event loop's next turns.
constexpr int releaseTrimDelayMs = 2000;

// What QtWebEngine freed in this process (its heap for the pages, the renderers' hosts, the
// compositor: about 22 MB after a 50-message conversation) goes back to the system once the
// views are gone, not kept by malloc for a next conversation that may never come.
void trimSoon()
{
    QTimer::singleShot(releaseTrimDelayMs, qApp, [] {
        if (openWindows == 0)
            FreedMemory::giveBack();
    });
}

// The views go, with their renderer processes, and what they freed goes back to the system.
void release()
{
    if (ConversationProcess::isUsed()) {
        // QtWebEngine is in the conversation process, which ends with what it held; what this
        // process freed (the messages it read and sent there) goes back too.
        ConversationProcess::instance()->stopWhenIdle();
        trimSoon();
        return;
    }
    // Only when the plugin was loaded at all: this must not be what loads it.
    if (!isLoaded())
        return;
    factory()->release();
    trimSoon();
}

// Puts a step of the warm-up off while the user types or clicks: each holds the GUI thread for
// a sixth to a quarter of a second, which should fall in a pause, not in the middle of a word.
// `paused` runs once no key, click, wheel or input-method event has come for warmUpPauseMs; or,
// with a shorter `firstWaitMs`, as soon as that has passed without one (a key that came while
// the previous step held the thread is delivered within it, and asks for the whole pause).
class InputPause : public QObject
{
public:
    InputPause(int firstWaitMs, std::function<void()> paused) : QObject(qApp)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this, paused = std::move(paused)] {
            qApp->removeEventFilter(this);
            deleteLater();
            paused();
        });
        qApp->installEventFilter(this);
        m_timer.start(firstWaitMs);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
        case QEvent::InputMethod:
            m_timer.start(warmUpPauseMs);
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTimer m_timer;
};

// Between the warm-up's two steps when the user did nothing meanwhile: long enough for the
// events queued while the first step held the thread to be delivered first.
constexpr int warmUpStepGapMs = 30;
// Before the conversation process is started for a warm view: the events of the choice (the
// picker closing, the window repainting) go first.
constexpr int processWarmUpDelayMs = 50;

// A reason to keep a view warm, until it is given up or destroyed.
void addReason(QObject *reason)
{
    if (reason && !reasons.contains(reason)) {
        reasons.insert(reason, QObject::connect(reason, &QObject::destroyed, qApp, [reason] {
            warmUpNoLongerNeeded(reason);
        }));
    }
}

bool warmUpStillWanted()
{
    return openWindows == 0 && !reasons.isEmpty();
}
} // namespace

void warmUpSoon(QObject *reason)
{
    addReason(reason);
    if (warmUpPending || openWindows > 0)
        return;
    warmUpPending = true;
    if (ConversationProcess::isUsed()) {
        // In the conversation process, which takes both steps at once: Outpost's GUI thread
        // only starts it (a few milliseconds), so there is no pause in the typing to wait for;
        // only for the window to repaint after the choice.
        QTimer::singleShot(processWarmUpDelayMs, qApp, [] {
            warmUpPending = false;
            if (warmUpStillWanted())
                ConversationProcess::instance()->warmUp();
        });
        return;
    }
    // Once the user has paused for half a second after the choice: the picker has closed and
    // the window has repainted, and the user is reading or thinking; QtWebEngine's start (about
    // 1 s of CPU) is then spread over the time they need to reach the Conversation button. It
    // goes in two steps, each in a pause of its own, so that a key pressed meanwhile waits for
    // one of them, not for both: the plugin with its libraries (about 0.15 s on the GUI thread,
    // measured while an OpenGL context was still made with it), then Chromium and the warm view
    // with its renderer process (about 0.25 s).
    new InputPause(warmUpPauseMs, [] {
        if (!warmUpStillWanted() || !factory()) {
            warmUpPending = false;
            return;
        }
        new InputPause(warmUpStepGapMs, [] {
            warmUpPending = false;
            if (warmUpStillWanted())
                factory()->warmUp();
        });
    });
}

void warmUpNow(QObject *reason)
{
    addReason(reason);
    if (warmUpPending || !warmUpStillWanted() || !factory())
        return;
    // The plugin is loaded; QtWebEngine starts on the next turn, after what came meanwhile.
    warmUpPending = true;
    QTimer::singleShot(0, qApp, [] {
        warmUpPending = false;
        if (warmUpStillWanted())
            factory()->warmUp();
    });
}

void warmUpNoLongerNeeded(QObject *reason)
{
    const auto found = reasons.constFind(reason);
    if (found == reasons.cend())
        return;
    QObject::disconnect(*found);
    reasons.erase(found);
    // The warm view goes once nothing needs it: no conversation window is open and no reason to
    // expect one is left.
    if (openWindows == 0 && reasons.isEmpty())
        release();
}

void windowOpened()
{
    ++openWindows;
}

void windowClosed()
{
    if (--openWindows == 0)
        release();
}

} // namespace Outpost::ConversationViewLoader
