package org.musicrec.audio;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;

/**
 * The packets of the first logical stream of an Ogg file, through JOgg: pages whose checksum fails are
 * skipped by JOgg's sync, pages of other streams are ignored, and the stream ends at its last page.
 */
final class OggPackets {
    private static final int CHUNK = 64 * 1024;

    private final byte[] data;
    private final SyncState sync = new SyncState();
    private final StreamState stream = new StreamState();
    private final Page page = new Page();
    private int fed;
    private boolean started;
    private boolean ended;

    OggPackets(byte[] data) {
        this.data = data;
        sync.init();
    }

    /** The next whole packet, or null at the end of the stream. */
    Packet next() {
        Packet packet = new Packet();
        while (true) {
            if (started) {
                int r = stream.packetout(packet);
                if (r == 1) {
                    return packet;
                }
                if (r < 0) {
                    continue; // a gap in the pages: the packet it cut is dropped
                }
            }
            if (ended) {
                return null;
            }
            int r = sync.pageout(page);
            if (r == 1) {
                if (!started) {
                    stream.init(page.serialno());
                    started = true;
                }
                if (stream.pagein(page) == 0 && page.eos() != 0) {
                    ended = true;
                }
            } else if (r == 0) {
                if (fed == data.length) {
                    ended = true;
                } else {
                    int n = Math.min(CHUNK, data.length - fed);
                    int at = sync.buffer(n);
                    System.arraycopy(data, fed, sync.data, at, n);
                    sync.wrote(n);
                    fed += n;
                }
            }
        }
    }
}
