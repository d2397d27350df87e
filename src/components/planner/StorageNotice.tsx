/** Tells the user when saved data could not be read (and offers it for download) or could not be saved. */
import { Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { NOTICE_MESSAGES } from '../../domain/ui/notices.ts';
import { $storageNotice, dismissNotice, readSetAside } from '../../stores/storage.ts';
import { downloadText } from './browser.ts';

/** The notice, when there is one. */
export default function StorageNotice(): JSX.Element {
  const notice = useStore($storageNotice);
  const setAside = () => {
    const current = notice();
    return current && 'setAsideKey' in current ? readSetAside(current.setAsideKey) : null;
  };
  return (
    <Show when={notice()}>
      {(current) => (
        <div class="storage-notice" role="alert">
          <p>{NOTICE_MESSAGES[current().kind]}</p>
          <div class="notice-actions">
            <Show when={setAside()}>
              {(text) => (
                <button
                  type="button"
                  class="button secondary small"
                  onClick={() => downloadText('follow-through-unreadable-data.txt', text(), 'text/plain')}
                >
                  Download the old data
                </button>
              )}
            </Show>
            <button type="button" class="button secondary small" onClick={dismissNotice}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </Show>
  );
}
