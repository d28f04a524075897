// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {StakingPool} from "../StakingPool.sol";

/// @title ReentrantWithdrawer: a depositor that re-enters the pool when paid, for tests.
/// @notice When it receives ETH it calls back into the pool (withdraw again,
/// or claim again); the pool's guard must make the payment fail.
contract ReentrantWithdrawer {
    StakingPool public immutable pool;
    uint256 public reentries;
    bool public useClaim;

    constructor(StakingPool pool_) {
        pool = pool_;
    }

    /// @notice Deposits msg.value into the pool.
    function deposit() external payable {
        pool.deposit{value: msg.value}();
    }

    /// @notice Requests a withdrawal of `shares`; on payment, re-enters with the same call.
    function attackWithdraw(uint256 shares) external {
        useClaim = false;
        pool.requestWithdrawal(shares);
    }

    /// @notice Claims; on payment, re-enters claim().
    function attackClaim() external {
        useClaim = true;
        pool.claim();
    }

    receive() external payable {
        reentries++;
        if (useClaim) pool.claim();
        else pool.requestWithdrawal(1);
    }
}
