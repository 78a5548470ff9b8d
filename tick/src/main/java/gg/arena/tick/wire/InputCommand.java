package gg.arena.tick.wire;

/**
 * One tick of player input: a movement direction (each axis -127..127, scaled by the server to its max
 * speed), an aim angle (0..65535 for a full turn) and buttons.
 */
public record InputCommand(int moveX, int moveY, int aim, int buttons) {

    public static final int FIRE = 0x01;

    public static final InputCommand IDLE = new InputCommand(0, 0, 0, 0);

    public InputCommand {
        if (moveX < -127 || moveX > 127 || moveY < -127 || moveY > 127) {
            throw new IllegalArgumentException("move axis out of -127..127");
        }
        if (aim < 0 || aim > 0xFFFF || buttons < 0 || buttons > 0xFF) {
            throw new IllegalArgumentException("aim or buttons out of range");
        }
    }

    public boolean fire() {
        return (buttons & FIRE) != 0;
    }
}
