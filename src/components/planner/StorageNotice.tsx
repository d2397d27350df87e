/**
 * Tells the user what happened to their saved data and what they can do:
 * download or bring back data set aside, export when nothing is being saved.
 */
import { Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { noticeMessage, offersExport } from '../../domain/ui/notices.ts';
import { $storageNotice, dismissNotice, readItem } from '../../stores/storage.ts';
import { exportPlans, startImport } from '../../stores/plans-transfer.ts';
import { downloadText } from './browser.ts';

/** The notice, when there is one. */
export default function StorageNotice(): JSX.Element {
  const notice = useStore($storageNotice);
  const setAside = () => {
    const current = notice();
    return current && 'setAsideKey' in current && current.setAsideKey ? readItem(current.setAsideKey) : null;
  };
  // The answer (the import question, or why nothing could be read) shows in the plan list.
  const bringBack = async (text: string) => {
    await startImport(text, 'the data kept aside');
    dismissNotice();
  };
  return (
    <Show when={notice()}>
      {(current) => (
        <div class="storage-notice" role="alert">
          <p>{noticeMessage(current())}</p>
          <div class="notice-actions">
            <Show when={setAside()}>
              {(text) => (
                <>
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => downloadText('follow-through-kept-aside.json', text(), 'application/json')}
                  >
                    Download the data kept aside
                  </button>
                  <button type="button" class="button secondary small" onClick={() => void bringBack(text())}>
                    Bring back what can be read
                  </button>
                </>
              )}
            </Show>
            <Show when={offersExport(current())}>
              <button
                type="button"
                class="button secondary small"
                onClick={() =>
                  void exportPlans().then(({ fileName, text }) => downloadText(fileName, text, 'application/json'))
                }
              >
                Export all plans
              </button>
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
