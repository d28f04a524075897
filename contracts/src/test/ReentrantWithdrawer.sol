// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {StakingPool} from "../StakingPool.sol";

/// @title ReentrantWithdrawer: a depositor that re-enters the pool when paid, for tests.
/// @notice When it receives ETH it calls back into the pool (a second
/// withdrawal, or a second claim) and records whether that call succeeded
/// and, if not, its revert data; the payment itself is accepted.
contract ReentrantWithdrawer {
    StakingPool public immutable pool;
    bool public useClaim;
    uint256 public reentries;
    uint256 public reentriesSucceeded;
    bytes public lastError;

    constructor(StakingPool pool_) {
        pool = pool_;
    }

    /// @notice Deposits msg.value into the pool.
    function deposit() external payable {
        pool.deposit{value: msg.value}();
    }

    /// @notice Requests a withdrawal of `shares`; when paid, re-enters requestWithdrawal.
    function attackWithdraw(uint256 shares) external {
        useClaim = false;
        pool.requestWithdrawal(shares);
    }

    /// @notice Claims; when paid, re-enters claim().
    function attackClaim() external {
        useClaim = true;
        pool.claim();
    }

    /// @notice Forgets the recorded re-entries.
    function reset() external {
        reentries = 0;
        reentriesSucceeded = 0;
        delete lastError;
    }

    receive() external payable {
        reentries++;
        if (useClaim) {
            try pool.claim() {
                reentriesSucceeded++;
            } catch (bytes memory reason) {
                lastError = reason;
            }
        } else {
            try pool.requestWithdrawal(_heldShares()) returns (uint256) {
                reentriesSucceeded++;
            } catch (bytes memory reason) {
                lastError = reason;
            }
        }
    }

    function _heldShares() private view returns (uint256) {
        return pool.ksETH().balanceOf(address(this));
    }
}
